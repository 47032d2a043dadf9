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
}
