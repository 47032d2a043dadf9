using SiteBuilder.Diagnostics;

namespace SiteBuilder.Content;

/// <summary>
/// Reads front matter, gives every essay and page its slug, URL and layout, drops drafts outside preview,
/// and reports duplicate URLs. After this phase every URL of the site is known.
/// </summary>
internal static class ContentAssembler
{
    private const string EssayFolder = "content/essays/";
    private const string PageFolder = "content/pages/";

    /// <param name="memo">The preview's memo of earlier reads: a file whose text is unchanged keeps its item.</param>
    public static IReadOnlyList<ContentItem> Assemble(SiteSources sources, bool includeDrafts, DiagnosticBag diagnostics, Memo<SourceFile, ContentItem?>? memo = null)
    {
        var markdown = sources.Content.Where(f => f.Path.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var read = OrderedParallel.Map(
            markdown,
            (file, bag) => memo is null ? Read(file, bag) : memo.Get(file.Path, file, (a, b) => a.SameAs(b), fresh => Read(file, fresh), bag),
            diagnostics);
        var items = read.OfType<ContentItem>().Where(item => includeDrafts || !item.Meta.Draft).ToList();

        ReportDuplicateUrls(items, diagnostics);
        return InUrlOrder(items) ? items : items.OrderBy(i => i.Url, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether the items are in URL order already, as they mostly come (files in path order, addresses from their names).</summary>
    private static bool InUrlOrder(List<ContentItem> items)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (string.CompareOrdinal(items[i - 1].Url, items[i].Url) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static ContentItem? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var kind = file.Path.StartsWith(EssayFolder, StringComparison.Ordinal) ? ContentKind.Essay
            : file.Path.StartsWith(PageFolder, StringComparison.Ordinal) ? ContentKind.Page
            : (ContentKind?)null;
        if (kind is null)
        {
            diagnostics.Warning(DiagnosticCodes.InvalidValue, SourceLocation.File(file.Path), "Markdown outside content/essays/ and content/pages/ is not built");
            return null;
        }

        return Read(file, kind.Value, diagnostics);
    }

    private static ContentItem Read(SourceFile file, ContentKind kind, DiagnosticBag diagnostics)
    {
        var split = FrontMatterSplitter.Split(file, diagnostics);
        var meta = FrontMatterReader.Read(file, split, kind, diagnostics);
        var slug = meta.Slug ?? Path.GetFileNameWithoutExtension(file.Path);
        if (!Slugs.IsValid(slug))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, meta.SlugLocation, $"slug '{slug}' may hold only lower-case letters, digits and hyphens (try '{Slugs.FromText(slug)}')");
        }

        var url = kind == ContentKind.Essay ? SitePaths.Essay(slug) : SitePaths.Page(slug);
        var layout = kind == ContentKind.Essay ? "essay" : meta.Layout ?? DefaultLayout(slug);
        return new ContentItem(file, kind, meta, slug, url, layout);
    }

    private static string DefaultLayout(string slug) => slug switch
    {
        "index" => "home",
        "reading-list" => "reading-list",
        "references" => "references",
        "404" => "404",
        _ => "page",
    };

    private static void ReportDuplicateUrls(List<ContentItem> items, DiagnosticBag diagnostics)
    {
        var urls = new HashSet<string>(items.Count, StringComparer.Ordinal);
        if (items.TrueForAll(i => urls.Add(i.Url)))
        {
            return; // the usual case, told in one pass (the preview asks on every save)
        }

        foreach (var group in items.GroupBy(i => i.Url, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList())
        {
            var ordered = group.OrderBy(i => i.Source.Path, StringComparer.Ordinal).ToList();
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateSlug, duplicate.Meta.SlugLocation, $"duplicate slug '{duplicate.Slug}': {ordered[0].Source.Path} already makes {group.Key}");
            }

            items.RemoveAll(i => ordered.Skip(1).Contains(i));
        }
    }
}
