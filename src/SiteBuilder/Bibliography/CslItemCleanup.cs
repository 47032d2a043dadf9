using System.Text.RegularExpressions;
using SiteBuilder.Citations;
using SiteBuilder.Csl.Data;

namespace SiteBuilder.Bibliography;

/// <summary>
/// Puts an item read from any format into the form every citation style expects: a DOI without its prefix
/// ("https://doi.org/10.1/x" as "10.1/x"); a journal article's number written as its page ("e0123", "Article 12")
/// as the article number it is; titles' Markdown emphasis (YAML bibliographies are Markdown, as in Pandoc) as CSL's
/// rich-text markup.
/// </summary>
internal static partial class CslItemCleanup
{
    public static CslItem Apply(CslItem item)
    {
        Dictionary<string, string>? variables = null;
        Dictionary<string, string> Edit() => variables ??= new Dictionary<string, string>(item.Variables, StringComparer.Ordinal);

        if (item["DOI"] is { } doi && DoiText.Normalize(doi) is var bare && bare != doi)
        {
            Edit()["DOI"] = bare;
        }

        if (item.Type == "article-journal" && item["page"] is { } page && item["number"] is null && ArticleNumber().Match(page.Trim()) is { Success: true } article)
        {
            Edit()["number"] = article.Groups["n"].Value;
            Edit().Remove("page");
        }

        foreach (var (name, value) in item.Variables)
        {
            if (name.Contains("title", StringComparison.Ordinal) && RichText.ToCslMarkup(value) is var markup && markup != value)
            {
                Edit()[name] = markup;
            }
        }

        return variables is null ? item : item with { Variables = variables };
    }

    [GeneratedRegex(@"^(?:Article\s+(?<n>\S+)|(?<n>[eE]\d+))$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleNumber();
}
