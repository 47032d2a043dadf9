using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// The engine's result: a tree, not a string, so that each cite keeps its item id and its parts (names, year,
/// locator), and a page can link, preview or style them under any style. Writers turn it into HTML or text.
/// </summary>
public abstract record Output
{
    /// <summary>The item this output belongs to, on the node of each cite.</summary>
    public string? ItemId { get; init; }

    /// <summary>What this part is ("names", "date", "locator", "title", …), for styling and links.</summary>
    public string? Part { get; init; }

    public abstract bool IsEmpty { get; }

    /// <summary>The text without markup.</summary>
    public abstract string Plain();
}

/// <summary>Text as it is shown (escaping is the writer's business).</summary>
public sealed record TextOutput(string Text) : Output
{
    public override bool IsEmpty => Text.Length == 0;

    public override string Plain() => Text;
}

/// <summary>Text whose case a style must not change (CSL's <c>&lt;span class="nocase"&gt;</c>).</summary>
public sealed record ProtectedOutput(IReadOnlyList<Output> Children) : Output
{
    public override bool IsEmpty => Children.All(c => c.IsEmpty);

    public override string Plain() => string.Concat(Children.Select(c => c.Plain()));
}

/// <summary>Children joined by a delimiter, with the decoration of the element that made them.</summary>
public sealed record GroupOutput(IReadOnlyList<Output> Children, Decoration Decoration, string? Delimiter = null) : Output
{
    public override bool IsEmpty => Children.All(c => c.IsEmpty);

    public override string Plain()
    {
        var inner = string.Join(Delimiter ?? "", Children.Where(c => !c.IsEmpty).Select(c => c.Plain()));
        return inner.Length == 0 ? "" : (Decoration.Prefix ?? "") + inner + (Decoration.Suffix ?? "");
    }
}

/// <summary>Names of the parts the writer treats specially.</summary>
public static class OutputParts
{
    /// <summary>A delimiter between cites: it gives way to punctuation that ends the cite before it ("source," + "; " is "source, ").</summary>
    public const string CiteDelimiter = "cite-delimiter";

    /// <summary>Text that follows a quotation inside one value: its punctuation is the author's and stays where it is.</summary>
    public const string InnerText = "inner-text";
}
