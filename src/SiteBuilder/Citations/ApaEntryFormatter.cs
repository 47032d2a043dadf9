using System.Globalization;
using SiteBuilder.Csl.Data;

namespace SiteBuilder.Citations;

/// <summary>
/// Builds one APA 7 reference-list entry: author, date, title, source, link; one instance per entry. The kinds
/// of work follow the Publication Manual's templates: whole works (title in italics, publisher), parts of works
/// (title in roman, the container in italics), periodicals (volume, issue, pages or article number), and web
/// works (site name, a retrieval date for undated pages that change).
/// </summary>
internal sealed class ApaEntryFormatter(Reference reference, string yearLabel)
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;
    private static readonly string[] SeasonNames = ["Spring", "Summer", "Fall", "Winter"];

    private readonly FormattedTextBuilder text = new();
    private readonly CslItem item = reference.Item;
    private bool titleWritten;
    private bool editorsAsAuthors;

    private string Type => reference.Type;

    private bool IsPeriodical => reference.IsArticle || Type is "review" or "review-book";

    /// <summary>Parts of a larger work: their titles are roman, the container's italic.</summary>
    private bool IsPart => IsPeriodical || Type is "chapter" or "entry" or "entry-dictionary" or "entry-encyclopedia" or "post" or "post-weblog"
        || (Type == "paper-conference" && reference.ContainerTitle is not null);

    /// <summary>A presentation at a conference, not published in proceedings: dated to the day, described in brackets.</summary>
    private bool IsPresentation => Type is "paper-conference" or "speech" && reference.ContainerTitle is null;

    /// <summary>Works dated to the day in APA: newspapers, magazines, blog posts, web pages, social media.</summary>
    private bool FullDate => Type is "article-newspaper" or "article-magazine" or "post" or "post-weblog" or "webpage" or "broadcast" or "interview" or "personal_communication" or "speech" || IsPresentation;

    public FormattedText Format()
    {
        Author();
        Date();
        if (!titleWritten)
        {
            Title();
        }

        Source();
        Link();
        return text.Build();
    }

    private void Author()
    {
        var authors = reference.Authors;
        if (authors.Count == 0 && !IsPart && reference.Editors.Count > 0)
        {
            // An edited book: the editors take the author position.
            authors = reference.Editors;
            editorsAsAuthors = true;
        }

        var names = ApaNames.ForEntry(authors);
        if (names.Length == 0)
        {
            // With no author, APA moves the title to the author position.
            Title();
            titleWritten = true;
            return;
        }

        if (editorsAsAuthors)
        {
            names += authors.Count == 1 ? " (Ed.)" : " (Eds.)";
        }

        text.Text(names.EndsWith('.') ? names : names + ".").Text(" ");
    }

    private void Date()
    {
        var date = reference.Issued;
        var label = date?.Literal is { } literal && date.Parts.Count == 0 && !yearLabel.StartsWith("in press", StringComparison.Ordinal) ? literal : yearLabel;
        if (date is { Circa: true } && date.Parts.Count > 0)
        {
            label = "ca. " + label;
        }

        if (date is { Parts.Count: > 0 } && !date.IsRange)
        {
            var part = date.Parts[0];
            if (date.Season is { } season)
            {
                label += ", " + SeasonNames[season - 1];
            }
            else if (date.SeasonText is { } seasonText)
            {
                label += ", " + seasonText;
            }
            else if (FullDate && part.Month is { } month)
            {
                label += ", " + MonthNames[month - 1] + (part.Day is { } day ? " " + day.ToString(CultureInfo.InvariantCulture) : "");
            }
        }
        else if (date is { IsRange: true } && FullDate && date.Parts[0].Month is not null && date.Parts[0].Year == date.Parts[1].Year)
        {
            // "2019, May 14–17", "2019, May 30–June 2"
            var (from, to) = (date.Parts[0], date.Parts[1]);
            var end = to.Month == from.Month ? Day(to) : MonthNames[(to.Month ?? 1) - 1] + (to.Day is null ? "" : " " + Day(to));
            label += ", " + MonthNames[from.Month!.Value - 1] + (from.Day is null ? "" : " " + Day(from)) + "–" + end;
        }
        else if (date is { IsRange: true } && date.Parts[1].Year != date.Parts[0].Year && yearLabel.StartsWith(date.Parts[0].Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
        {
            label = date.Parts[0].Year.ToString(CultureInfo.InvariantCulture) + "–" + date.Parts[1].Year.ToString(CultureInfo.InvariantCulture) + yearLabel[date.Parts[0].Year.ToString(CultureInfo.InvariantCulture).Length..];
        }

        text.Text($"({label}). ");
    }

    private static string Day(CslDatePart part) => part.Day?.ToString(CultureInfo.InvariantCulture) ?? "";

    private void Title()
    {
        text.Rich(reference.Title, italic: !IsPart);

        var details = Details();
        if (details.Length > 0)
        {
            text.Text($" ({details})");
        }

        var description = Description();
        if (description is not null)
        {
            text.Text($" [{description}]");
        }

        if (details.Length == 0 && description is null && text.EndsWithAny(".?!"))
        {
            text.Text(" ");
            return;
        }

        text.Text(". ");
    }

    /// <summary>What follows a whole work's title in parentheses: edition, volume, report or version number.</summary>
    private string Details()
    {
        if (IsPart)
        {
            return "";
        }

        var parts = new List<string>();
        if (reference.Edition is { } edition)
        {
            parts.Add(EditionLabel(edition));
        }

        if (reference.Volume is { } volume && !IsPeriodical)
        {
            parts.Add((volume.Contains('–') || volume.Contains('-') ? "Vols. " : "Vol. ") + EnDash(volume));
        }

        if (item["number"] is { } number && Type is "report" or "standard" or "patent" or "bill")
        {
            parts.Add(number.Contains("No.", StringComparison.Ordinal) || !char.IsDigit(number[0]) ? number : (item["genre"] ?? "Report") + " No. " + number);
        }

        if (item["version"] is { } version && Type is "software" or "dataset")
        {
            parts.Add("Version " + version);
        }

        return string.Join(", ", parts);
    }

    /// <summary>The bracketed description APA gives works that are not books or articles: [Data set], [Doctoral dissertation, University].</summary>
    private string? Description()
    {
        switch (Type)
        {
            case "thesis":
                var genre = item["genre"] ?? "Doctoral dissertation";
                return reference.Publisher is { } school ? $"{genre}, {school}" : genre;
            case "dataset":
                return item["genre"] ?? "Data set";
            case "software":
                return item["genre"] ?? "Computer software";
            case "motion_picture":
                return item["genre"] ?? "Film";
            case "paper-conference" or "speech" when IsPresentation:
                return item["genre"] ?? "Paper presentation";
            case "report" when item["number"] is not null:
                return null;
            default:
                return IsPart || Type is "book" or "report" or "webpage" or "document" ? null : item["genre"];
        }
    }

    private void Source()
    {
        switch (Type)
        {
            case "chapter" or "entry" or "entry-dictionary" or "entry-encyclopedia" or "paper-conference" when reference.ContainerTitle is not null:
                InContainer();
                break;
            case "paper-conference":
                Sentence(Join(item["event-title"] ?? item["event"], item["event-place"]));
                break;
            case var _ when IsPeriodical:
                Periodical();
                break;
            case "webpage" or "post" or "post-weblog":
                if (reference.ContainerTitle is { } site && !SameAsAuthor(site))
                {
                    if (Type == "post-weblog")
                    {
                        text.Rich(site, italic: true).Text(". ");
                    }
                    else
                    {
                        Sentence(site);
                    }
                }

                Retrieved();
                break;
            case "thesis":
                Sentence(item["archive"]);
                break;
            default:
                if (reference.ContainerTitle is { } series && Type is "report")
                {
                    Sentence(series);
                }

                Publisher();
                if (Type is "dataset" or "software" or "document")
                {
                    Retrieved();
                }

                break;
        }
    }

    /// <summary>"In E. Editor (Ed.), <i>Book</i> (2nd ed., Vol. 2, pp. 10–20). Publisher."</summary>
    private void InContainer()
    {
        text.Text("In ");
        if (reference.Editors.Count > 0)
        {
            text.Text(ApaNames.Editors(reference.Editors) + ", ");
        }
        else if (item.NamesOf("container-author") is { Count: > 0 } bookAuthors)
        {
            text.Text(string.Join(" & ", bookAuthors.Select(ApaNames.Direct)) + ", ");
        }

        text.Rich(reference.ContainerTitle!, italic: true);
        var parts = new List<string>();
        if (reference.Edition is { } edition)
        {
            parts.Add(EditionLabel(edition));
        }

        if (reference.Volume is { } volume)
        {
            parts.Add("Vol. " + volume);
        }

        if (reference.Page is { } page)
        {
            parts.Add((IsRange(page) ? "pp. " : "p. ") + ApaCitationFormatter.ExpandRange(EnDash(page)));
        }

        text.Text(parts.Count > 0 ? $" ({string.Join(", ", parts)}). " : ". ");
        Publisher();
        if (Type is "entry-dictionary" or "entry-encyclopedia" && reference.Issued is null)
        {
            Retrieved(always: true);
        }
    }

    /// <summary>"<i>Journal</i>, <i>61</i>(2), 226–244." or ", Article e0123."</summary>
    private void Periodical()
    {
        if (reference.ContainerTitle is not { } journal)
        {
            return;
        }

        text.Rich(journal, italic: true);
        if (reference.Volume is { } volume)
        {
            text.Text(", ").Italic(volume);
        }

        if (reference.Issue is { } issue)
        {
            text.Text(reference.Volume is null ? $", ({issue})" : $"({issue})");
        }

        if (reference.Page is { } page && !IsArticleNumber(page))
        {
            text.Text(", " + ApaCitationFormatter.ExpandRange(EnDash(page)));
        }
        else if ((reference.Page ?? item["number"]) is { } article && Type == "article-journal")
        {
            text.Text(", Article " + article.Replace("Article ", "", StringComparison.OrdinalIgnoreCase));
        }

        text.Text(". ");
    }

    /// <summary>The publisher, left out when it is the author (a report by an agency that publishes it).</summary>
    private void Publisher()
    {
        if (reference.Publisher is { } publisher && !SameAsAuthor(publisher))
        {
            Sentence(publisher);
        }
    }

    /// <summary>"Retrieved November 6, 2019, from" before the URL, for undated works that change (APA 9.16).</summary>
    private void Retrieved(bool always = false)
    {
        if (item.DateOf("accessed") is { Parts: [var on, ..] } && (always || reference.Issued is null) && reference.Url is not null && reference.Doi is null)
        {
            var day = on.Month is { } m ? MonthNames[m - 1] + (on.Day is { } d ? " " + d.ToString(CultureInfo.InvariantCulture) : "") + ", " : "";
            text.Text($"Retrieved {day}{on.Year.ToString(CultureInfo.InvariantCulture)}, from ");
        }
    }

    private bool SameAsAuthor(string name) =>
        reference.Authors.Any(a => string.Equals(ApaNames.Surname(a), name, StringComparison.OrdinalIgnoreCase));

    private void Sentence(string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Text(value.EndsWith('.') ? value + " " : value + ". ");
        }
    }

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return present.Count == 0 ? null : string.Join(", ", present);
    }

    private void Link()
    {
        var href = reference.DoiUrl ?? reference.Url;
        if (href is not null)
        {
            text.Link(href, href);
        }
    }

    /// <summary>"e0123456" or "Article 12": an article number, printed as "Article …" rather than as pages.</summary>
    private static bool IsArticleNumber(string page) =>
        page.StartsWith("Article", StringComparison.OrdinalIgnoreCase)
        || (page.Length > 1 && page[0] is 'e' or 'E' && page[1..].All(char.IsAsciiDigit));

    private static bool IsRange(string page) => page.IndexOfAny(['–', '-', ',', '—']) >= 0;

    private static string EditionLabel(string edition) =>
        int.TryParse(edition, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? $"{Ordinal(n)} ed."
        : edition.EndsWith("ed.", StringComparison.Ordinal) ? edition
        : edition + " ed.";

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => n + "th",
        _ => (n % 10) switch { 1 => n + "st", 2 => n + "nd", 3 => n + "rd", _ => n + "th" },
    };

    internal static string EnDash(string range) => range.Replace("--", "–").Replace('-', '–');
}
