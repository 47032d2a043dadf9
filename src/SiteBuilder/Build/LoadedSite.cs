using SiteBuilder.Citations;
using SiteBuilder.Configuration;
using SiteBuilder.Content;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>The site after the load and assemble phases: settings, bibliography, parsed templates, and content with URLs.</summary>
internal sealed record LoadedSite(SiteConfig Config, ReferenceLibrary Library, TemplateCatalogue Templates, IReadOnlyList<ContentItem> Items);
