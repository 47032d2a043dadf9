using SiteBuilder.Output;

namespace SiteBuilder.Tests.Support;

/// <summary>
/// Holds a page the rewriter took a shortcut through (a body's map, the templates' marks) to the page read whole:
/// the same text, and the same facts for the checks (ids and their repeats, links, images, headings).
/// </summary>
public static class SamePage
{
    /// <param name="what">What the pages were made from, named when their text differs (a generated template).</param>
    public static void Assert(ProcessedPage whole, ProcessedPage shortcut, string? what = null)
    {
        if (what is null)
        {
            Xunit.Assert.Equal(whole.File!.Text, shortcut.File!.Text);
        }
        else
        {
            Xunit.Assert.True(whole.File!.Text == shortcut.File!.Text, what); // named: a generated case's text says more than its diff
        }

        var (w, s) = (whole.Facts, shortcut.Facts);
        Xunit.Assert.Equal(w.Ids.All(), s.Ids.All());
        Xunit.Assert.Equal(w.DuplicateIds, s.DuplicateIds);
        Xunit.Assert.Equal(w.DuplicateIdPositions.OrderBy(p => p.Key), s.DuplicateIdPositions.OrderBy(p => p.Key));
        Xunit.Assert.Equal(w.Links, s.Links);
        Xunit.Assert.Equal(w.ImagesWithoutAlt, s.ImagesWithoutAlt);
        Xunit.Assert.Equal(w.Headings.H1Count, s.Headings.H1Count);
        Xunit.Assert.Equal(w.Headings.Skips, s.Headings.Skips);
    }
}
