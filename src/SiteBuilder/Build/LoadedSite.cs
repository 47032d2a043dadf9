using SiteBuilder.Citations;
using SiteBuilder.Configuration;
using SiteBuilder.Content;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>The site after the load and assemble phases: settings, bibliography, parsed templates, and content with URLs.</summary>
internal sealed record LoadedSite(SiteConfig Config, ReferenceLibrary Library, TemplateCatalogue Templates, IReadOnlyList<ContentItem> Items)
{
    /// <summary>The citation style site.yaml names: APA, built in, or a CSL style from styles/.</summary>
    public ICitationStyle Style { get; init; } = BuiltInStyles.Apa();

    /// <summary>The styles essays name in their front matter (<c>citation_style:</c>), by name; each formats only that essay.</summary>
    public IReadOnlyDictionary<string, ICitationStyle> EssayStyles { get; init; } = new Dictionary<string, ICitationStyle>(StringComparer.Ordinal);
}
