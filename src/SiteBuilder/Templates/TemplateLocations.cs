using Scriban.Parsing;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Templates;

/// <summary>Turns Scriban's 0-based spans into our 1-based source locations.</summary>
internal static class TemplateLocations
{
    public static SourceLocation Of(SourceSpan span) =>
        new(span.FileName ?? "templates", span.Start.Line + 1, span.Start.Column + 1);
}
