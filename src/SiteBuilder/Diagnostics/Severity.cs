namespace SiteBuilder.Diagnostics;

/// <summary>How serious a diagnostic is; any error fails the build.</summary>
public enum Severity
{
    Warning,
    Error,
}
