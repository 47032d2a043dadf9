using SiteBuilder.Citations;

namespace SiteBuilder.Build;

/// <summary>
/// What decides the works a site publishes (<see cref="SiteBuild.Published"/>): the library, and the works each
/// document lists. The preview compares it with the last build's instead of working the set out again over every
/// document: an edit hands back the other documents' lists unchanged, so the comparison is mostly by identity.
/// </summary>
internal sealed record PublishedInput(ReferenceLibrary Library, IReadOnlyList<BibliographyEntry>[] Lists)
{
    public static bool Same(PublishedInput a, PublishedInput b)
    {
        if (!ReferenceEquals(a.Library, b.Library) || a.Lists.Length != b.Lists.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Lists.Length; i++)
        {
            if (!ReferenceEquals(a.Lists[i], b.Lists[i]) && !SameWorks(a.Lists[i], b.Lists[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether two lists hold the same works in the same order (an edited document's list, made anew).</summary>
    private static bool SameWorks(IReadOnlyList<BibliographyEntry> a, IReadOnlyList<BibliographyEntry> b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i].Reference.Id, b[i].Reference.Id, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
