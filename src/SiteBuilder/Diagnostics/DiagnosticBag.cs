namespace SiteBuilder.Diagnostics;

/// <summary>Collects the diagnostics of one build; each phase adds to it and nothing removes from it.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> items = [];

    public bool HasErrors => items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => items.AddRange(diagnostics);

    /// <summary>Takes in what another bag collected, as parallel phases do with one bag per item.</summary>
    public void AddRange(DiagnosticBag other) => items.AddRange(other.items);

    public void Error(string code, SourceLocation location, string message) => Add(Diagnostic.Error(code, location, message));

    public void Warning(string code, SourceLocation location, string message) => Add(Diagnostic.Warning(code, location, message));

    public void Note(string code, SourceLocation location, string message) => Add(Diagnostic.Note(code, location, message));

    /// <summary>The diagnostics in a stable order: by file, line, column, then code.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        items.Distinct()
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
