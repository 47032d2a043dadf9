using SiteBuilder.Citations;
using SiteBuilder.Configuration;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>The load and assemble phases: read every input once and give every page its URL.</summary>
internal static class SiteLoader
{
    public static LoadedSite Load(SiteSources sources, BuildOptions options, DiagnosticBag diagnostics)
    {
        SiteConfig config;
        if (sources.ConfigText is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingFile, SourceLocation.File(SiteConfig.FileName), "no site.yaml: a site needs at least 'title:'");
            config = SiteConfig.Default;
        }
        else
        {
            config = SiteConfigReader.Read(sources.ConfigText, diagnostics);
        }

        if (options.BaseUrl is not null)
        {
            config = config with { BaseUrl = SiteConfigReader.NormalizeBaseUrl(options.BaseUrl) };
        }

        if (!Uri.TryCreate(config.BaseUrl, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("https" or "http"))
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, SourceLocation.File(SiteConfig.FileName), $"base_url '{config.BaseUrl}' is not an absolute http(s) URL; canonical links, the sitemap, the feed and citations of the essay need one");
        }

        var referencesFile = sources.FindContent(ReferencesReader.FileName);
        var library = referencesFile is null ? ReferenceLibrary.Empty : ReferencesReader.Read(referencesFile.Text, diagnostics);
        var templates = TemplateCatalogue.Parse(sources.Templates, diagnostics);
        var items = ContentAssembler.Assemble(sources, options.IncludeDrafts, diagnostics);
        return new LoadedSite(config, library, templates, items);
    }
}
