namespace SiteBuilder.Diagnostics;

/// <summary>How serious a diagnostic is; any error fails the build, and --strict makes warnings errors. A note only informs.</summary>
public enum Severity
{
    Warning,
    Error,
    Note,
}
