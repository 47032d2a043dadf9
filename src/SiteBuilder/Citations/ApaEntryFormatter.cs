using System.Globalization;

namespace SiteBuilder.Citations;

/// <summary>Builds one APA 7 reference-list entry; one instance per entry.</summary>
internal sealed class ApaEntryFormatter(Reference reference, string yearLabel)
{
    private readonly FormattedTextBuilder text = new();

    public FormattedText Format()
    {
        AuthorAndDate();
        switch (reference.Type)
        {
            case "chapter":
                Chapter();
                break;
            case var type when type.StartsWith("article", StringComparison.Ordinal):
                Article();
                break;
            default:
                Book();
                break;
        }

        Link();
        return text.Build();
    }

    private void AuthorAndDate()
    {
        var authors = ApaNames.ForEntry(reference.Authors);
        if (authors.Length == 0)
        {
            // With no author, APA moves the title to the author position.
            TitleSentence(italic: !reference.IsArticle && reference.Type != "chapter");
            text.Text($" ({yearLabel}). ");
            return;
        }

        text.Text(authors.EndsWith('.') ? authors : authors + ".");
        text.Text($" ({yearLabel}). ");
    }

    private bool TitleAlreadyWritten => reference.Authors.Count == 0;

    private void Book()
    {
        if (!TitleAlreadyWritten)
        {
            TitleSentence(italic: true);
            text.Text(" ");
        }

        Sentence(reference.Publisher);
    }

    private void Article()
    {
        if (!TitleAlreadyWritten)
        {
            TitleSentence(italic: false);
            text.Text(" ");
        }

        if (reference.ContainerTitle is null)
        {
            return;
        }

        text.Italic(reference.ContainerTitle);
        if (reference.Volume is not null)
        {
            text.Text(", ").Italic(reference.Volume);
        }

        if (reference.Issue is not null)
        {
            text.Text($"({reference.Issue})");
        }

        if (reference.Page is not null)
        {
            text.Text(", " + EnDash(reference.Page));
        }

        text.Text(". ");
    }

    private void Chapter()
    {
        if (!TitleAlreadyWritten)
        {
            TitleSentence(italic: false);
            text.Text(" ");
        }

        text.Text("In ");
        if (reference.Editors.Count > 0)
        {
            text.Text(ApaNames.Editors(reference.Editors) + ", ");
        }

        text.Italic(reference.ContainerTitle ?? "");
        text.Text(reference.Page is null ? ". " : $" (pp. {EnDash(reference.Page)}). ");
        Sentence(reference.Publisher);
    }

    private void TitleSentence(bool italic)
    {
        var edition = reference.Edition is null ? "" : $" ({EditionLabel(reference.Edition)})";
        if (italic)
        {
            text.Italic(reference.Title);
        }
        else
        {
            text.Text(reference.Title);
        }

        text.Text(edition);
        if (!text.EndsWithAny(".?!"))
        {
            text.Text(".");
        }
    }

    private void Sentence(string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Text(value.EndsWith('.') ? value + " " : value + ". ");
        }
    }

    private void Link()
    {
        var href = reference.DoiUrl ?? reference.Url;
        if (href is not null)
        {
            text.Link(href, href);
        }
    }

    private static string EditionLabel(string edition) =>
        int.TryParse(edition, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? $"{Ordinal(n)} ed." : edition;

    private static string Ordinal(int n) => (n % 100) switch
    {
        11 or 12 or 13 => n + "th",
        _ => (n % 10) switch { 1 => n + "st", 2 => n + "nd", 3 => n + "rd", _ => n + "th" },
    };

    internal static string EnDash(string range) => range.Replace("--", "–").Replace('-', '–');
}
