using System.Globalization;
using SiteBuilder.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Yaml;

/// <summary>
/// Typed, position-aware reading of one YAML mapping. Each accessor marks its key as known;
/// <see cref="ReportUnknownKeys"/> then reports every key nobody asked for, with a spelling hint.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, YamlSource source, DiagnosticBag diagnostics)
    {
        this.node = node;
        Source = source;
        Diagnostics = diagnostics;
    }

    public YamlSource Source { get; }

    public DiagnosticBag Diagnostics { get; }

    public SourceLocation Location => Source.At(node.Start);

    public SourceLocation ValueLocationOf(string key) =>
        Find(key) is { } v ? Source.At(v.Start) : Location;

    public string? String(string key)
    {
        known.Add(key);
        switch (Find(key))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return IsNull(scalar) ? null : scalar.Value;
            case var other:
                Invalid(other, $"'{key}' must be a single value");
                return null;
        }
    }

    public string RequiredString(string key, string what)
    {
        var value = String(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Find(key) is null)
            {
                Diagnostics.Error(DiagnosticCodes.MissingValue, Location, $"{what} needs '{key}'");
            }
            else
            {
                Invalid(Find(key)!, $"'{key}' must not be empty");
            }

            return "";
        }

        return value;
    }

    public int? Int(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Invalid(Find(key)!, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public bool Bool(string key, bool fallback = false)
    {
        var text = String(key);
        switch (text)
        {
            case null:
                return fallback;
            case "true" or "yes":
                return true;
            case "false" or "no":
                return false;
            default:
                Invalid(Find(key)!, $"'{key}' must be true or false, not '{text}'");
                return fallback;
        }
    }

    public DateOnly? Date(string key)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }

        if (Iso(text) is { } iso)
        {
            return iso;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Invalid(Find(key)!, $"'{key}' must be a date written as YYYY-MM-DD, not '{text}'");
        return null;
    }

    /// <summary>
    /// A valid date written exactly as YYYY-MM-DD, read digit by digit; anything else is left to the framework's
    /// parser. (That parser matches the format's literals through the culture's comparer, which on Linux is ICU:
    /// every essay's date cost it microseconds.)
    /// </summary>
    private static DateOnly? Iso(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return null;
        }

        var (year, month, day) = (Digits(text, 0, 4), Digits(text, 5, 2), Digits(text, 8, 2));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1.</summary>
    private static int Digits(string text, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return -1;
            }

            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>A list of strings; a single string counts as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        known.Add(key);
        switch (Find(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return IsNull(scalar) ? [] : [scalar.Value!];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlScalarNode { Value: { } value })
                    {
                        items.Add(value);
                    }
                    else
                    {
                        Invalid(child, $"each item of '{key}' must be a single value");
                    }
                }

                return items;
            case var other:
                Invalid(other, $"'{key}' must be a list");
                return [];
        }
    }

    public YamlMap? Map(string key)
    {
        known.Add(key);
        switch (Find(key))
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new YamlMap(mapping, Source, Diagnostics);
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case var other:
                Invalid(other, $"'{key}' must be a mapping of keys to values");
                return null;
        }
    }

    public IReadOnlyList<YamlMap> MapList(string key)
    {
        known.Add(key);
        switch (Find(key))
        {
            case null:
                return [];
            case YamlScalarNode scalar when IsNull(scalar):
                return [];
            case YamlSequenceNode sequence:
                var items = new List<YamlMap>();
                foreach (var child in sequence.Children)
                {
                    if (child is YamlMappingNode mapping)
                    {
                        items.Add(new YamlMap(mapping, Source, Diagnostics));
                    }
                    else
                    {
                        Invalid(child, $"each item of '{key}' must be a mapping of keys to values");
                    }
                }

                return items;
            case var other:
                Invalid(other, $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>The raw node under a key, for the few shapes the typed accessors do not cover.</summary>
    public YamlNode? Raw(string key)
    {
        known.Add(key);
        return Find(key);
    }

    public void Invalid(YamlNode at, string message) =>
        Diagnostics.Error(DiagnosticCodes.InvalidValue, Source.At(at.Start), message);

    /// <summary>Reports each key of this mapping that no accessor asked for.</summary>
    public void ReportUnknownKeys(string where)
    {
        foreach (var key in node.Children.Keys.OfType<YamlScalarNode>())
        {
            var name = key.Value ?? "";
            if (!known.Contains(name))
            {
                Diagnostics.Error(
                    DiagnosticCodes.UnknownKey,
                    Source.At(key.Start),
                    $"unknown key '{name}' in {where}{SpellingSuggester.Hint(name, known)}");
            }
        }
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "" or "~" or "null";

    private YamlScalarNode? FindKey(string key) =>
        node.Children.Keys.OfType<YamlScalarNode>().FirstOrDefault(k => k.Value == key);

    private YamlNode? Find(string key) =>
        FindKey(key) is { } k ? node.Children[k] : null;
}
