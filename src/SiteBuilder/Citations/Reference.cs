using SiteBuilder.Csl.Data;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Citations;

/// <summary>
/// One bibliography item: its CSL data (every variable the file gave), our reading-list block, and where it was
/// defined. The properties below are the variables the templates and the exports read most.
/// </summary>
public sealed record Reference(CslItem Item, ReadingInfo Reading, SourceLocation Location)
{
    public string Id => Item.Id;

    public string Type => Item.Type;

    public IReadOnlyList<CslName> Authors => Item.NamesOf("author");

    public IReadOnlyList<CslName> Editors => Item.NamesOf("editor");

    /// <summary>The authors without CSL's markup in their names, for plain text: page titles, metadata, RIS and BibTeX.</summary>
    public IReadOnlyList<CslName> PlainAuthors => WithoutMarkup(Authors);

    /// <summary>The editors without CSL's markup in their names (see <see cref="PlainAuthors"/>).</summary>
    public IReadOnlyList<CslName> PlainEditors => WithoutMarkup(Editors);

    private static IReadOnlyList<CslName> WithoutMarkup(IReadOnlyList<CslName> names) =>
        names.Any(n => n.HasMarkup) ? names.Select(n => n.WithoutMarkup()).ToList() : names;

    public CslDate? Issued => Item.DateOf("issued");

    public int? Year => Issued?.Year;

    /// <summary>"2010", "n.d." or "in press": the year a reader knows the work by, before any suffix.</summary>
    public string YearText =>
        Item["status"]?.Contains("press", StringComparison.OrdinalIgnoreCase) == true || Issued?.Literal?.Contains("press", StringComparison.OrdinalIgnoreCase) == true ? "in press"
        : Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n.d.";

    /// <summary>The title as written, which may carry CSL's rich-text markup (&lt;i&gt;, &lt;span class="nocase"&gt;, *emphasis*).</summary>
    public string Title => Item["title"] ?? "";

    /// <summary>The title without markup, for page titles, metadata and plain-text exports.</summary>
    public string PlainTitle => RichText.ToPlain(Title);

    public string? ContainerTitle => Item["container-title"];

    public string? Volume => Item["volume"];

    public string? Issue => Item["issue"];

    public string? Page => Item["page"];

    public string? Edition => Item["edition"];

    public string? Publisher => Item["publisher"];

    public string? PublisherPlace => Item["publisher-place"];

    /// <summary>The DOI alone ("10.1037/…"), whether the file wrote it bare, as doi:…, or as a doi.org URL.</summary>
    public string? Doi => Item["DOI"] is { } doi ? DoiText.Normalize(doi) : null;

    public string? Url => Item["URL"];

    public string? Isbn => Item["ISBN"];

    public string? Annotation => Item["annote"];

    public bool IsArticle => Type.StartsWith("article", StringComparison.Ordinal);

    /// <summary>The DOI as a resolvable https URL, when there is one.</summary>
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    /// <summary>The same reference as another item type.</summary>
    public Reference Typed(string type) => this with { Item = Item with { Type = type } };

    /// <summary>The same reference with a text or number variable set (or removed, with null).</summary>
    public Reference With(string variable, string? value)
    {
        var variables = new Dictionary<string, string>(Item.Variables, StringComparer.Ordinal);
        if (value is null)
        {
            variables.Remove(variable);
        }
        else
        {
            variables[variable] = value;
        }

        return this with { Item = Item with { Variables = variables } };
    }

    /// <summary>The same reference with a name variable set.</summary>
    public Reference With(string variable, IReadOnlyList<CslName> names) =>
        this with { Item = Item with { Names = new Dictionary<string, IReadOnlyList<CslName>>(Item.Names, StringComparer.Ordinal) { [variable] = names } } };

    /// <summary>The same reference with a date variable set.</summary>
    public Reference With(string variable, CslDate date) =>
        this with { Item = Item with { Dates = new Dictionary<string, CslDate>(Item.Dates, StringComparer.Ordinal) { [variable] = date } } };

    /// <summary>The first and last page of <see cref="Page"/>, split at a dash.</summary>
    public (string First, string? Last) PageRange()
    {
        var parts = (Page ?? "").Split(['–', '-', '—'], 2, StringSplitOptions.TrimEntries);
        return (parts[0], parts.Length > 1 ? parts[1] : null);
    }
}
