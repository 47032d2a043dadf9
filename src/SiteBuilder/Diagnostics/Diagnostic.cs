namespace SiteBuilder.Diagnostics;

/// <summary>One problem found in the user's input, with the place it comes from.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation Location)
{
    public static Diagnostic Error(string code, SourceLocation location, string message) => new(Severity.Error, code, message, location);

    public static Diagnostic Warning(string code, SourceLocation location, string message) => new(Severity.Warning, code, message, location);

    public static Diagnostic Note(string code, SourceLocation location, string message) => new(Severity.Note, code, message, location);

    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line: <c>path:line:col: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Location}: {Severity switch { Severity.Error => "error", Severity.Note => "note", _ => "warning" }} {Code}: {Message}";
}
