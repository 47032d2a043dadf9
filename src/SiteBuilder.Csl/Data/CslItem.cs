namespace SiteBuilder.Csl.Data;

/// <summary>
/// One item of a CSL bibliography, as CSL-JSON, CSL-YAML and BibTeX describe it: its id and type, and its
/// variables by kind. Text and number variables keep the text as written ("2nd", "133–5"); names and dates are
/// structured. Keys that are not CSL are kept in <see cref="Extra"/> for templates.
/// </summary>
public sealed record CslItem(string Id, string Type)
{
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, IReadOnlyList<CslName>> Names { get; init; } = new Dictionary<string, IReadOnlyList<CslName>>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, CslDate> Dates { get; init; } = new Dictionary<string, CslDate>(StringComparer.Ordinal);

    /// <summary>Keys that are not CSL variables, with their values as text.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A text or number variable, or null when the item does not have it (or it is blank).</summary>
    public string? this[string variable] => Variables.TryGetValue(variable, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public IReadOnlyList<CslName> NamesOf(string variable) => Names.GetValueOrDefault(variable) ?? [];

    public CslDate? DateOf(string variable) => Dates.GetValueOrDefault(variable);
}
