using SiteBuilder.Citations;
using SiteBuilder.Configuration;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>The load and assemble phases: read every input once and give every page its URL.</summary>
internal static class SiteLoader
{
    public static LoadedSite Load(SiteSources sources, BuildOptions options, DiagnosticBag diagnostics, BuildCache? cache = null)
    {
        var (config, library, templates) = cache is null
            ? LoadSettings(sources, options, diagnostics)
            : cache.Settings.Get("settings", cache.Generation, string.Equals, bag => LoadSettings(sources, options, bag), diagnostics);
        var items = ContentAssembler.Assemble(sources, options.IncludeDrafts, diagnostics, cache?.Items);
        return new LoadedSite(config, library, templates, items);
    }

    /// <summary>What every page depends on: the settings, the bibliography and the parsed templates.</summary>
    private static (SiteConfig, ReferenceLibrary, TemplateCatalogue) LoadSettings(SiteSources sources, BuildOptions options, DiagnosticBag diagnostics)
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
            // The CLI validates the option; a wrong value from elsewhere is still reported, not trusted.
            var normalized = Configuration.BaseUrl.Normalize(options.BaseUrl, out var problem);
            if (normalized is null)
            {
                diagnostics.Error(DiagnosticCodes.InvalidValue, SourceLocation.File("--base-url"), problem!);
            }

            config = config with { BaseUrl = normalized ?? Configuration.BaseUrl.None };
        }

        if (config.BaseUrl == Configuration.BaseUrl.None && !diagnostics.HasErrors)
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, SourceLocation.File(SiteConfig.FileName), "site.yaml sets no base_url; canonical links, the sitemap, the feed and citations of the essay need the address the site is published at");
        }

        var referencesFile = sources.FindContent(ReferencesReader.FileName);
        var library = referencesFile is null ? ReferenceLibrary.Empty : ReferencesReader.Read(referencesFile.Text, diagnostics);
        var templates = TemplateCatalogue.Parse(sources.Templates, diagnostics);
        return (config, library, templates);
    }
}
