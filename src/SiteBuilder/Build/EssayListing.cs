using SiteBuilder.Templates;

namespace SiteBuilder.Build;

/// <summary>
/// What the home page and other lists show of every essay (title, description, address, reading time, date) and
/// how many references the site has: a page that lists them is made anew only when this changes. Compared field
/// by field, most fields the very strings of the last build, so a preview's edit compares 10,000 essays in well
/// under a millisecond; it was a string of them all, made and compared on every rebuild.
/// </summary>
internal sealed class EssayListing(EssayListing.Row[] rows, int references) : IEquatable<EssayListing>
{
    private readonly Row[] rows = rows;
    private readonly int references = references;

    internal readonly record struct Row(string Title, string? Description, string Url, int Minutes, DateOnly? Date);

    public static EssayListing Of(PageContext context)
    {
        var rows = new Row[context.Essays.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var essay = context.Essays[i];
            var meta = essay.Item.Meta;
            rows[i] = new Row(meta.Title, meta.Description, essay.Item.Url, ReadingTime.Minutes(essay.WordCount), meta.Date);
        }

        return new EssayListing(rows, context.Library.References.Count);
    }

    public bool Equals(EssayListing? other) =>
        other is not null && references == other.references && rows.AsSpan().SequenceEqual(other.rows);

    public override bool Equals(object? obj) => Equals(obj as EssayListing);

    public override int GetHashCode() => HashCode.Combine(rows.Length, references);
}
