using SiteBuilder.Diagnostics;

namespace SiteBuilder.Bibliography;

/// <summary>
/// A value of a CSL-YAML or CSL-JSON file with the place it was written: both formats are read into these nodes,
/// so one reader maps them to items and reports every problem at its line and column, whichever the format.
/// </summary>
internal abstract record BibNode(SourceLocation Location)
{
    /// <summary>What the value is, for messages: "text", "a list", "a mapping".</summary>
    public abstract string Kind { get; }
}

/// <summary>A string, number or boolean, as text; <paramref name="IsString"/> says whether it was written as a string.</summary>
internal sealed record BibScalar(string Value, bool IsString, SourceLocation Location) : BibNode(Location)
{
    public override string Kind => "text";
}

internal sealed record BibList(IReadOnlyList<BibNode> Items, SourceLocation Location) : BibNode(Location)
{
    public override string Kind => "a list";
}

/// <summary>A mapping, keys in file order, each with the place of the key.</summary>
internal sealed record BibMap(IReadOnlyList<BibEntry> Entries, SourceLocation Location) : BibNode(Location)
{
    public override string Kind => "a mapping";

    /// <summary>The value under <paramref name="key"/>, or null (a loop: every field of every item of a library is asked for this way).</summary>
    public BibNode? this[string key]
    {
        get
        {
            for (var i = 0; i < Entries.Count; i++)
            {
                if (Entries[i].Key == key)
                {
                    return Entries[i].Value;
                }
            }

            return null;
        }
    }
}

internal sealed record BibEntry(string Key, SourceLocation KeyLocation, BibNode Value);
