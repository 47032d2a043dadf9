using System.Globalization;
using System.Text.RegularExpressions;
using SiteBuilder.Citations;

namespace SiteBuilder.Import;

/// <summary>
/// Reads one APA-like entry: "Authors (Year). Title. [Journal, Volume(Issue), pages.] (Note; see pages x–y.)".
/// Italics marked with asterisks are markup, not part of the title. Nothing the entry does not say is added.
/// </summary>
public static partial class ReferenceEntryParser
{
    public static ImportedReference? Parse(string line)
    {
        var head = HeadPattern().Match(line);
        if (!head.Success)
        {
            return null;
        }

        var authors = ParseAuthors(head.Groups["authors"].Value);
        var year = int.Parse(head.Groups["year"].Value, CultureInfo.InvariantCulture);
        var rest = head.Groups["rest"].Value.Trim();

        string? note = null;
        var noteMatch = NotePattern().Match(rest);
        if (noteMatch.Success)
        {
            note = noteMatch.Groups["note"].Value.Trim();
            rest = rest[..noteMatch.Index].Trim();
        }

        var (title, container) = SplitTitle(rest);
        var journal = container is null ? null : JournalPattern().Match(container);
        var isArticle = journal is { Success: true };
        var (annotation, pages) = SplitNote(note);
        return new ImportedReference(
            Id: "",
            Type: isArticle ? "article-journal" : "book",
            Authors: authors,
            Year: year,
            Title: SentenceCaser.Convert(title),
            ContainerTitle: isArticle ? journal!.Groups["journal"].Value.Trim() : null,
            Volume: isArticle ? journal!.Groups["volume"].Value : null,
            Issue: isArticle && journal!.Groups["issue"].Success ? journal.Groups["issue"].Value : null,
            Page: isArticle ? Dash(journal!.Groups["pages"].Value) : null,
            Publisher: isArticle || string.IsNullOrWhiteSpace(container) ? null : container.Trim().TrimEnd('.'),
            Annotation: annotation,
            Pages: pages);
    }

    private static IReadOnlyList<PersonName> ParseAuthors(string text)
    {
        var names = AuthorPattern().Matches(text)
            .Select(m => new PersonName(m.Groups["family"].Value.Trim(), m.Groups["given"].Value.Trim()))
            .ToList();
        return names.Count > 0 ? names : [new PersonName(text.Trim().TrimEnd('.'), null)];
    }

    /// <summary>Separates the title from what follows it (journal details or publisher), if anything.</summary>
    private static (string Title, string? Container) SplitTitle(string text)
    {
        if (text.StartsWith('*'))
        {
            var close = text.IndexOf('*', 1);
            if (close > 0)
            {
                var after = text[(close + 1)..].Trim().TrimStart('.').Trim();
                return (text[1..close].Trim().TrimEnd('.'), after.Length == 0 ? null : after);
            }
        }

        var article = TitleThenJournalPattern().Match(text);
        if (article.Success)
        {
            return (article.Groups["title"].Value.TrimEnd('.'), article.Groups["container"].Value);
        }

        return (text.TrimEnd('.').Trim(), null);
    }

    /// <summary>"Examines …; see pages 70–85." becomes ("Examines ….", "70–85").</summary>
    private static (string? Annotation, string? Pages) SplitNote(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return (null, null);
        }

        var match = PagesPattern().Match(note);
        var annotation = match.Success ? note[..match.Index].Trim().TrimEnd(';', ',', '.').Trim() : note.TrimEnd('.').Trim();
        var pages = match.Success ? Dash(match.Groups["pages"].Value) : null;
        return (annotation.Length == 0 ? null : annotation + ".", pages);
    }

    /// <summary>Page ranges take an en dash, as in the seed's own ranges.</summary>
    private static string Dash(string range) => range.Replace("--", "–").Replace('-', '–');

    [GeneratedRegex(@"^(?<authors>.+?)\s*\((?<year>\d{4})[a-z]?\)\.?\s*(?<rest>.*)$")]
    private static partial Regex HeadPattern();

    [GeneratedRegex(@"(?<family>[^,&]+?),\s*(?<given>(?:\p{Lu}\.(?:\s|-)*)+)")]
    private static partial Regex AuthorPattern();

    [GeneratedRegex(@"\((?<note>[^()]*)\)\.?\s*$")]
    private static partial Regex NotePattern();

    [GeneratedRegex(@"^(?<journal>[^,]+),\s*(?<volume>\d+)(?:\((?<issue>[^)]+)\))?,\s*(?<pages>\d+\s*[–—-]+\s*\d+|\d+)\.?$")]
    private static partial Regex JournalPattern();

    [GeneratedRegex(@"^(?<title>.+?[.?!])\s+(?<container>[^.]+,\s*\d+(?:\([^)]+\))?,\s*[\d–-]+\.?)$")]
    private static partial Regex TitleThenJournalPattern();

    [GeneratedRegex(@"(?:[;,.]\s*|^)(?:see\s+)?pages?\s+(?<pages>\d+\s*[–—-]+\s*\d+|\d+)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PagesPattern();
}
