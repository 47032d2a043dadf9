namespace SiteBuilder.Import;

/// <summary>Writes YAML scalars: plain where that is unambiguous, double-quoted otherwise.</summary>
public static class YamlText
{
    public static string Scalar(string value)
    {
        var plain = value.Length > 0
            && char.IsLetterOrDigit(value[0])
            && value.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '-' or '–' or ',' or '(' or ')' or '’' or '—' or ';')
            && value == value.Trim()
            && !IsReserved(value);
        return plain ? value : "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }

    private static bool IsReserved(string value) =>
        value.ToLowerInvariant() is "true" or "false" or "yes" or "no" or "null" or "on" or "off" or "~"
        || double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
