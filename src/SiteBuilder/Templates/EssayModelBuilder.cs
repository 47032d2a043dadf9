using System.Globalization;
using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Markdown;

namespace SiteBuilder.Templates;

/// <summary>Builds the essay page's model: metadata, table of contents, body, References and "Cite this essay".</summary>
internal static class EssayModelBuilder
{
    /// <param name="citeThis">"Cite this essay" as <see cref="CiteThis"/> made it, when the render phase made it beside the
    /// essay's citations (where the citation style's code is warm); null to make it here.</param>
    public static (FrameModel Frame, EssayModel Page) Build(PageContext context, RenderedDocument essay, CiteThisEssay? citeThis = null)
    {
        var meta = essay.Item.Meta;
        var cite = citeThis ?? CiteThis(context, essay.Item);
        if (essay.Bibliography.Count >= ManyWorks)
        {
            // each work's tags and JSON-LD, made once for the site, made here on all cores (a page listing a whole library)
            Parallel.ForEach(essay.Bibliography, entry =>
            {
                context.ScholarReference(entry.Reference);
                context.CitedWorkJson(entry.Reference);
            });
        }

        var model = new EssayModel(
            Title: meta.Title,
            Description: meta.Description,
            Author: meta.Author ?? context.Config.Author,
            DateText: meta.Date?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
            DateIso: meta.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ReadingMinutes: ReadingTime.Minutes(essay.WordCount),
            WordCount: essay.WordCount,
            Toc: essay.Headings.Where(h => h.Level is 2 or 3).Select(h => new TocEntryModel(h.Level, h.Text, h.Id)).ToList(),
            Body: essay.BodyBuffer is { } buffer ? new HtmlChunks(buffer) { Map = essay.BodyMap } : new HtmlString(essay.BodyHtml), // written from the renderer's buffer when it still has one
            Bibliography: Entries(essay),
            CiteApa: cite.Entry,
            CiteBibtex: cite.BibTeX,
            CiteDownload: new DownloadModel("BibTeX", essay.Item.Url + essay.Item.Slug + ".bib", essay.Item.Slug + ".bib", "application/x-bibtex"),
            PdfDownload: context.WithPdf ? new DownloadModel("PDF", PageContext.PdfUrl(essay), essay.Item.Slug + ".pdf", "application/pdf") : null,
            Url: essay.Item.Url);
        var breadcrumbs = new List<LinkModel> { new("Home", "/"), new(meta.Title, essay.Item.Url) };
        var frame = FrameModelBuilder.Build(context, meta.Title, meta.Description, essay.Item.Url, "essay", breadcrumbs, ScholarTags.ForEssay(context, essay), JsonLdBuilder.Essay(context, essay), "article");
        return (frame, model);
    }

    /// <summary>From how many works a page's pieces for each work are made on all cores.</summary>
    private const int ManyWorks = 2048;

    /// <summary>The essay's References, on all cores when it lists many works.</summary>
    private static IReadOnlyList<BibliographyEntryModel> Entries(RenderedDocument essay)
    {
        var entries = new BibliographyEntryModel[essay.Bibliography.Count];
        if (entries.Length >= ManyWorks)
        {
            OnAllCores(essay, entries);
        }
        else
        {
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = Entry(essay, i);
            }
        }

        return entries;
    }

    private static void OnAllCores(RenderedDocument essay, BibliographyEntryModel[] entries) =>
        Parallel.For(0, entries.Length, i => entries[i] = Entry(essay, i));

    private static BibliographyEntryModel Entry(RenderedDocument essay, int index)
    {
        var e = essay.Bibliography[index];
        return new BibliographyEntryModel(e.Reference.Id, "ref-" + SitePaths.ReferenceSegment(e.Reference.Id), new HtmlString(e.Text.ToHtml()), SitePaths.Reference(e.Reference.Id))
        {
            Backlinks = Backlinks(essay, e.Reference.Id),
            Annotation = e.Reference.Annotation,
            Pages = e.Reference.Reading.Pages,
        };
    }

    /// <summary>The citations of the work on this page, as links back: "a", "b", … when there are several, "^" for one.</summary>
    private static IReadOnlyList<BacklinkModel> Backlinks(RenderedDocument essay, string key)
    {
        var citing = new List<CitationOccurrence>();
        foreach (var occurrence in essay.Citations)
        {
            if (occurrence.Anchor.Length > 0 && Cites(occurrence, key))
            {
                citing.Add(occurrence);
            }
        }

        var links = new List<BacklinkModel>(citing.Count);
        for (var i = 0; i < citing.Count; i++)
        {
            var o = citing[i];
            links.Add(new BacklinkModel(
                o.Anchor,
                citing.Count == 1 ? "^" : Letters(i),
                citing.Count == 1 ? "Back to where the essay cites it" : $"Back to citation {i + 1} of {citing.Count}{(o.Section is { } section ? " (" + section + ")" : "")}"));
        }

        return links;
    }

    private static bool Cites(CitationOccurrence occurrence, string key)
    {
        foreach (var item in occurrence.Citation.Items)
        {
            if (item.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>a … z, then aa, ab, …</summary>
    private static string Letters(int index) => index < 26 ? ((char)('a' + index)).ToString() : Letters(index / 26 - 1) + (char)('a' + index % 26);

    /// <summary>"Cite this essay": the essay as an entry of the site's citation style, and as BibTeX.</summary>
    public static CiteThisEssay CiteThis(PageContext context, ContentItem essay)
    {
        var self = EssayAsReference(context, essay);
        return new CiteThisEssay(new HtmlString(context.Citations.Style.FormatEntry(self, self.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.").ToHtml()), BibTeXRenderer.RenderOne(self));
    }

    /// <summary>The essay described as a web page, so the style formats "Cite this essay" like any reference.</summary>
    public static Reference EssayAsReference(PageContext context, RenderedDocument essay) => EssayAsReference(context, essay.Item);

    private static Reference EssayAsReference(PageContext context, ContentItem essay)
    {
        var meta = essay.Meta;
        var author = meta.Author ?? context.Config.Author;
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = meta.Title,
            ["container-title"] = context.Config.Title,
        };
        if (context.AbsoluteUrl(essay.Url) is { } url)
        {
            variables["URL"] = url; // without the site's address, "Cite this" gives none
        }

        var item = new Csl.Data.CslItem(essay.Slug, "webpage")
        {
            Variables = variables,
            Names = author is null ? new Dictionary<string, IReadOnlyList<Csl.Data.CslName>>() : new() { ["author"] = [SplitName(author)] },
            Dates = meta.Date is { } date ? new() { ["issued"] = Csl.Data.CslDate.Of(date.Year, date.Month, date.Day) } : new Dictionary<string, Csl.Data.CslDate>(),
        };
        return new Reference(item, Citations.ReadingInfo.None, new Diagnostics.SourceLocation(essay.Source.Path, 1, 1));
    }

    private static Csl.Data.CslName SplitName(string name)
    {
        var space = name.Trim().LastIndexOf(' ');
        return space < 0 ? Csl.Data.CslName.Person(name.Trim()) : Csl.Data.CslName.Person(name[(space + 1)..].Trim(), name[..space].Trim());
    }
}
