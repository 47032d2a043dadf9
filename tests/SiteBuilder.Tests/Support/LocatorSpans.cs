using System.Text.RegularExpressions;

namespace SiteBuilder.Tests.Support;

/// <summary>
/// Citation HTML without the spans that keep a locator on one line (<c>&lt;span class="csl-locator"&gt;</c>), for
/// tests about what a citation says rather than how the page lays it out.
/// </summary>
public static partial class LocatorSpans
{
    public static string Strip(string html)
    {
        string previous;
        do
        {
            previous = html;
            html = Span().Replace(html, "$1");
        }
        while (html != previous);

        return html;
    }

    [GeneratedRegex("<span class=\"csl-locator\">((?:(?!</?span)[^<]|<(?!/?span))*)</span>")]
    private static partial Regex Span();
}
