using System.Security.Cryptography;
using System.Text;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;
using SiteBuilder.Output;

namespace SiteBuilder.Build;

/// <summary>
/// What the preview keeps between rebuilds so an edit rebuilds only what depends on it: each content file's
/// assembly, each document's render, each essay and reference page, each reference's exports and the lists' exports. Everything is
/// dropped when the settings, the bibliography, the templates or the build options change; otherwise each entry
/// is reused only while its own inputs are unchanged. A rebuild with the cache gives the same files and
/// diagnostics as one without (a test holds it to that).
/// </summary>
public sealed class BuildCache
{
    private readonly List<Memo> all;

    public BuildCache()
    {
        all = [Settings, Libraries, Processors, Published, ListProcessors, Items, Documents, Pages, Exports, ListExports, Essays, Publishing, LinkFindings, Backlinks, BacklinkIndexes];
    }

    /// <summary>The digest of what every page depends on, for the build under way.</summary>
    internal string Generation { get; private set; } = "";

    internal Memo<string, (Configuration.SiteConfig, Citations.ReferenceLibrary, Templates.TemplateCatalogue, Citations.ICitationStyle)> Settings { get; } = new();

    /// <summary>The library when essays name bibliographies of their own, by the list of files.</summary>
    internal Memo<string, Citations.ReferenceLibrary> Libraries { get; } = new();

    internal Memo<Citations.ReferenceLibrary, Citations.CitationProcessor> Processors { get; } = new();

    /// <summary>The works the site publishes, by the library and every document's bibliography.</summary>
    internal Memo<PublishedInput, Citations.ReferenceLibrary> Published { get; } = new();

    /// <summary>The processor of the site-wide list (its year labels and order), by the processor and the works published.</summary>
    internal Memo<(Citations.CitationProcessor, IReadOnlyList<Citations.Reference>), Citations.CitationProcessor> ListProcessors { get; } = new();

    internal Memo<SourceFile, ContentItem?> Items { get; } = new();

    internal Memo<ContentItem, RenderedDocument> Documents { get; } = new();

    internal Memo<PageInput, ProcessedPage?> Pages { get; } = new();

    internal Memo<string, IReadOnlyList<OutputFile>> Exports { get; } = new();

    /// <summary>The exports of the whole references list and of the reading list, by the works in them, in order.</summary>
    internal Memo<IReadOnlyList<Citations.Reference>, IReadOnlyList<OutputFile>> ListExports { get; } = new();

    internal Memo<RenderedDocument, IReadOnlyList<OutputFile>> Essays { get; } = new();

    internal Memo<string, IReadOnlyList<OutputFile>> Publishing { get; } = new();

    internal Checks.LinkFindingsMemo LinkFindings { get; } = new();

    internal Memo<RenderedDocument, IReadOnlyList<(string Key, Templates.CitingEssayModel Essay)>> Backlinks { get; } = new();

    /// <summary>The whole backlink index, by the essays' parts of it.</summary>
    internal Memo<IReadOnlyList<IReadOnlyList<(string Key, Templates.CitingEssayModel Essay)>>, Templates.BacklinkIndex> BacklinkIndexes { get; } = new();

    /// <summary>Starts a build; forgets everything when what every page depends on has changed.</summary>
    internal void Begin(SiteSources sources, BuildOptions options)
    {
        var key = Digest(sources, options);
        if (key != Generation)
        {
            all.ForEach(memo => memo.Clear());
            Generation = key;
        }
    }

    /// <summary>Ends a build: entries it did not use are dropped.</summary>
    internal void End() => all.ForEach(memo => memo.Prune());

    /// <summary>A digest of site.yaml, the bibliography files, every template and the options.</summary>
    private static string Digest(SiteSources sources, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\u0000"));
        Add(sources.ConfigText ?? "");
        foreach (var data in sources.Content.Where(f => !f.Path.EndsWith(".md", StringComparison.Ordinal)))
        {
            Add(data.Path); // the bibliography files, whichever site.yaml or an essay names
            Add(data.Text);
        }

        foreach (var style in sources.Styles)
        {
            Add(style.Path);
            Add(style.Text);
        }

        foreach (var template in sources.Templates)
        {
            Add(template.Path);
            Add(template.Text);
        }

        Add((options with { BuildTime = null }).ToString()); // the build time only dates the feed and sitemap, which are always made anew
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
