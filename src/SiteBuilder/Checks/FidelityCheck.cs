using System.Text.RegularExpressions;
using AngleSharp.Dom;
using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Checks;

/// <summary>
/// Every sentence of an essay's seed appears in its built page, citations and heading anchors aside,
/// so no sentence is lost between the seed and the reader.
/// </summary>
public sealed partial class FidelityCheck : ICheck
{
    public IEnumerable<Diagnostic> Run(BuiltSite site)
    {
        foreach (var source in site.FidelitySources)
        {
            var page = site.FindPage(source.PagePath);
            if (page is null || !site.FidelityPages.TryGetValue(source.PagePath, out var reading))
            {
                continue;
            }

            var missing = MissingSentences(source.Seed.Sentences(), NormalizedReaderTextOf(reading));
            var inBody = missing.Count == 0 ? [] : SentencesInBody(missing, source.BodyHtml);
            foreach (var sentence in missing)
            {
                var blame = inBody.Contains(sentence)
                    ? $"; the essay's Markdown has it, so a template drops it{FindingLocation.Templates(page)}"
                    : "";
                yield return Diagnostic.Error(DiagnosticCodes.LostSentence, page.Origin, $"a sentence of {source.SeedPath} is missing from the page: “{sentence}”{blame}");
            }
        }
    }

    /// <summary>Of the missing sentences, those that the essay's own rendered body does contain.</summary>
    private static HashSet<string> SentencesInBody(IReadOnlyList<string> missing, string bodyHtml)
    {
        return missing.Except(MissingSentences(missing, NormalizedReaderTextOf(PageReading.Of($"<main>{bodyHtml}</main>")))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The reader text of a page, normalized: as it was read in one pass where the markup is as the build writes it,
    /// else from a parsed document.
    /// </summary>
    private static ReadOnlySpan<char> NormalizedReaderTextOf(PageReading reading) =>
        reading.Html is { } html ? Normalize(ReaderText(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html))) : reading.NormalizedText;

    /// <summary>The sentences that do not appear in the document's main text.</summary>
    public static IReadOnlyList<string> MissingSentences(IEnumerable<string> sentences, IDocument document) =>
        MissingSentences(sentences, Normalize(ReaderText(document)));

    /// <summary>The sentences that do not appear in a page's normalized reader text (<see cref="ReaderText"/>, <see cref="Normalize"/>).</summary>
    private static List<string> MissingSentences(IEnumerable<string> sentences, ReadOnlySpan<char> normalized)
    {
        var missing = new List<string>();
        foreach (var sentence in sentences)
        {
            if (!normalized.Contains(Normalize(sentence), StringComparison.Ordinal))
            {
                missing.Add(sentence);
            }
        }

        return missing;
    }

    /// <summary>The text a reader sees in the page's main content, without citation markers or heading anchors.</summary>
    public static string ReaderText(IDocument document)
    {
        var main = (document.QuerySelector("main")?.Clone(deep: true) as IElement) ?? document.Body!;
        foreach (var element in main.QuerySelectorAll(".citation, .heading-anchor").ToList())
        {
            element.Remove();
        }

        foreach (var block in main.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, dd, dt"))
        {
            block.Append(document.CreateTextNode(" "));
        }

        return main.TextContent;
    }

    /// <summary>Collapses white space and drops the space a removed citation leaves before punctuation.</summary>
    public static string Normalize(string text) => SpaceBeforePunctuation().Replace(Spaces().Replace(text, " "), "$1").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" ([.,;:!?)])")]
    private static partial Regex SpaceBeforePunctuation();
}
