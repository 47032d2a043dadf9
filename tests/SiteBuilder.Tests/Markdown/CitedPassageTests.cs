using SiteBuilder.Citations;
using SiteBuilder.Content;
using SiteBuilder.Diagnostics;
using SiteBuilder.Markdown;
using SiteBuilder.Tests.Citations;

namespace SiteBuilder.Tests.Markdown;

public class CitedPassageTests
{
    private static readonly SourceLocation Here = new("content/essays/a.md", 1, 1);

    private static CitationOccurrence Occurrence(string paragraph, string? section, string excerpt, string anchor, params string[] keys) =>
        new(new Citation(keys.Select(k => new CitationItem(new string(k.AsSpan()), null, null, null, false, Here)).ToList(), false), paragraph, section, excerpt) { Anchor = anchor };

    [Fact]
    public void Each_citation_counts_once_for_every_work_it_cites_in_document_order()
    {
        var citations = new[]
        {
            Occurrence("intro-p1", "Introduction", "First, see both.", "cite-1", "b", "a", "b"),
            Occurrence("intro-p2", "Introduction", "Then a alone.", "cite-2", "a"),
            Occurrence("notes-p1", null, "In a note.", "", "c"),
        };

        var passages = CitedPassage.Of(citations, []);

        Assert.Equal(
            [("b", "Introduction", "First, see both.", "cite-1"), ("a", "Introduction", "First, see both.", "cite-1"), ("a", "Introduction", "Then a alone.", "cite-2"), ("c", null, "In a note.", "notes-p1")],
            passages.Select(p => (p.Key, p.Section, p.Excerpt, p.Fragment)));
        Assert.Empty(CitedPassage.Of([], []));
    }

    [Fact]
    public void A_document_without_its_body_keeps_its_passages_and_count_but_not_its_citations()
    {
        var meta = new FrontMatter("A", null, null, null, null, null, null, false, [], [], [], Here, Here, Here);
        var item = new ContentItem(new SourceFile("content/essays/a.md", "---\ntitle: A\n---\nText."), ContentKind.Essay, meta, "a", "/essays/a/", "essay");
        var citations = new[] { Occurrence("p1", "One", "First.", "cite-1", "x", "y"), Occurrence("p2", null, "Second.", "cite-2", "x") };
        var document = new RenderedDocument(item, [], citations, 10, "<p>Text.</p>", []);

        var bare = document.WithoutBody();

        Assert.Empty(bare.Citations);
        Assert.Equal(2, bare.CitationCount);
        Assert.Equal(document.Passages, bare.Passages);
        Assert.Equal(["x", "y", "x"], bare.Passages.Select(p => p.Key));
        Assert.False(bare.HasBody);
    }

    [Fact]
    public void A_key_is_the_bibliography_s_string_for_the_work_so_a_site_keeps_one_copy()
    {
        var work = ApaStyleTests.Book("a", "A book", 2001);
        var bibliography = new[] { new BibliographyEntry(work, FormattedText.FromHtml("A book", "A book")) };

        var passages = CitedPassage.Of([Occurrence("p1", null, "x", "cite-1", "a"), Occurrence("p2", null, "y", "cite-2", "z")], bibliography);

        Assert.Same(work.Id, passages[0].Key);
        Assert.Equal("z", passages[1].Key);
    }
}
