using SiteBuilder.Bibliography;
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
        // a full build reads the settings (with the bibliography and templates) and the documents' front matter side
        // by side, each with diagnostics of its own, merged in this order; the preview's rebuild finds both in its
        // cache, where doing them side by side measured a few milliseconds slower
        var (settingsBag, itemsBag) = (new DiagnosticBag(), new DiagnosticBag());
        (SiteConfig, ReferenceLibrary, TemplateCatalogue, ICitationStyle)? settings = null;
        IReadOnlyList<ContentItem> items = [];
        void Settings() => settings = cache is null
            ? LoadSettings(sources, options, settingsBag)
            : cache.Settings.Get("settings", cache.Generation, string.Equals, bag => LoadSettings(sources, options, bag), settingsBag);
        void Items() => items = ContentAssembler.Assemble(sources, options.IncludeDrafts, itemsBag, cache?.Items);
        if (cache is null)
        {
            Parallel.Invoke(Settings, Items);
        }
        else
        {
            Settings();
            Items();
        }

        diagnostics.AddRange(settingsBag);
        diagnostics.AddRange(itemsBag);
        var (config, library, templates, style) = settings!.Value;
        var named = items.SelectMany(i => i.Meta.Bibliography).Where(f => !library.Files.Contains(f.Path)).ToList();
        if (named.Count > 0)
        {
            // Essays may name bibliographies of their own; their references join the site's (one page per id).
            var files = Files(config).Concat(named).DistinctBy(f => f.Path).ToList();
            var key = string.Join('\n', files.Select(f => f.Path));
            library = cache is null
                ? LoadLibrary(sources, files, diagnostics)
                : cache.Libraries.Get("library", key, string.Equals, bag => LoadLibrary(sources, files, bag), diagnostics);
        }

        // essays may format their citations in a style of their own; each style is read once
        var essayStyles = new Dictionary<string, ICitationStyle>(StringComparer.Ordinal);
        foreach (var (name, at) in items.Select(i => i.Meta.CitationStyle).OfType<(string Name, SourceLocation NamedAt)>())
        {
            if (!essayStyles.ContainsKey(name))
            {
                essayStyles[name] = name == config.CitationStyle ? style : CitationStyleLoader.Load(name, at, config, sources.Styles, diagnostics);
            }
        }

        return new LoadedSite(config, library, templates, items) { Style = style, EssayStyles = essayStyles };
    }

    /// <summary>The files site.yaml names; without any, content/references.yaml when the site has one.</summary>
    private static IReadOnlyList<(string Path, SourceLocation NamedAt)> Files(SiteConfig config) =>
        config.Bibliography.Count > 0 ? config.Bibliography : [(BibliographyReader.DefaultFile, SourceLocation.File(SiteConfig.FileName))];

    private static ReferenceLibrary LoadLibrary(SiteSources sources, IReadOnlyList<(string Path, SourceLocation NamedAt)> files, DiagnosticBag diagnostics)
    {
        // A site without references is fine: the default file counts only when it exists (or site.yaml names it).
        files = files.Where(f => !(f.Path == BibliographyReader.DefaultFile && f.NamedAt.Line == 0 && sources.FindContent(f.Path) is null)).ToList();
        if (files.Count == 0)
        {
            return ReferenceLibrary.Empty;
        }

        var available = sources.Content.Select(f => f.Path).Where(p => BibliographyReader.Extensions.Contains(Path.GetExtension(p)));
        return BibliographyReader.Load(files, sources.FindContent, available, diagnostics);
    }

    /// <summary>What every page depends on: the settings, the bibliography and the parsed templates.</summary>
    private static (SiteConfig, ReferenceLibrary, TemplateCatalogue, ICitationStyle) LoadSettings(SiteSources sources, BuildOptions options, DiagnosticBag diagnostics)
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

        if (options.Publish && Configuration.BaseUrl.Placeholder(config.BaseUrl) is { } why)
        {
            // publishing needs the real address: canonical links, the sitemap, the feed and "Cite this" are made of it
            var where = options.BaseUrl is not null ? SourceLocation.File("--base-url")
                : config.BaseUrl == Configuration.BaseUrl.None ? SourceLocation.File(SiteConfig.FileName)
                : config.BaseUrlLocation;
            diagnostics.Error(DiagnosticCodes.InvalidValue, where, $"--publish needs the address the site is published at, and {why}: set base_url in site.yaml or pass --base-url");
        }

        // without an address (and without --publish), pages simply carry none: no canonical links, sitemap, feed or URL in "Cite this"

        // the bibliography (most of this for a large library) beside the templates and the style
        var (libraryBag, templatesBag) = (new DiagnosticBag(), new DiagnosticBag());
        ReferenceLibrary library = ReferenceLibrary.Empty;
        TemplateCatalogue templates = null!;
        ICitationStyle style = null!;
        Parallel.Invoke(
            () => library = LoadLibrary(sources, Files(config), libraryBag),
            () =>
            {
                templates = TemplateCatalogue.Parse(sources.Templates, templatesBag, Output.MarkupReading.Read);
                style = options.StyleInstead ?? CitationStyleLoader.Load(config, sources.Styles, templatesBag);
            });
        diagnostics.AddRange(libraryBag);
        diagnostics.AddRange(templatesBag);
        return (config, library, templates, style);
    }
}
