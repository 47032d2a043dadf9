namespace SiteBuilder.Output;

/// <summary>
/// What the heading check needs of a page's headings, worked out as the page is scanned: how many h1s it has, and
/// each heading that skips a level on the way down, with the level before it. A page keeps this instead of every
/// heading's text until the checks (about 3 KB an essay, and almost always one h1 and no skips).
/// </summary>
public sealed record HeadingOutline(int H1Count, IReadOnlyList<HeadingSkip> Skips)
{
    /// <summary>The outline of nearly every page, shared: one h1, no level skipped.</summary>
    public static readonly HeadingOutline OneH1 = new(1, []);

    /// <summary>The outline of the headings in the order the page has them.</summary>
    public static HeadingOutline Of(IReadOnlyList<HeadingFact> headings)
    {
        var h1s = 0;
        List<HeadingSkip>? skips = null;
        for (var i = 0; i < headings.Count; i++)
        {
            h1s += headings[i].Level == 1 ? 1 : 0;
            if (i > 0 && headings[i].Level > headings[i - 1].Level + 1)
            {
                (skips ??= []).Add(new HeadingSkip(headings[i - 1].Level, headings[i]));
            }
        }

        return h1s == 1 && skips is null ? OneH1 : new HeadingOutline(h1s, skips ?? []);
    }
}

/// <summary>A heading that comes after one more than a level above it (an h4 after an h2).</summary>
public sealed record HeadingSkip(int PreviousLevel, HeadingFact Heading);
