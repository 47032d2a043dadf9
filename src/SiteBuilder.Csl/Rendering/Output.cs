using SiteBuilder.Csl.Styles;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// The engine's result: a tree, not a string, so that each cite keeps its item id and its parts (names, year,
/// locator), and a page can link, preview or style them under any style. Writers turn it into HTML or text.
/// </summary>
public abstract record Output
{
    /// <summary>Whether every output of a list is empty (an empty list is).</summary>
    protected static bool AllEmpty(IReadOnlyList<Output> children)
    {
        for (var i = 0; i < children.Count; i++)
        {
            if (!children[i].IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

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
    /// <summary>Nothing: what an element without a value renders.</summary>
    public static TextOutput Empty { get; } = new("");

    public override bool IsEmpty => Text.Length == 0;

    public override string Plain() => Text;
}

/// <summary>Text whose case a style must not change (CSL's <c>&lt;span class="nocase"&gt;</c>).</summary>
public sealed record ProtectedOutput(IReadOnlyList<Output> Children) : Output
{
    private readonly bool empty = AllEmpty(Children);

    /// <summary>The children; whether they are all empty is known once they are set, so asking costs nothing.</summary>
    public IReadOnlyList<Output> Children { get; init { field = value; empty = AllEmpty(value); } } = Children;

    public override bool IsEmpty => empty;

    public override string Plain() => string.Concat(Children.Select(c => c.Plain()));
}

/// <summary>Children joined by a delimiter, with the decoration of the element that made them.</summary>
public sealed record GroupOutput(IReadOnlyList<Output> Children, Decoration Decoration, string? Delimiter = null) : Output
{
    private readonly bool empty = AllEmpty(Children);

    private readonly bool cased = Cases(Children, Decoration);

    /// <summary>The children; whether they are all empty is known once they are set, so asking costs nothing.</summary>
    public IReadOnlyList<Output> Children { get; init { field = value; empty = AllEmpty(value); cased = Cases(value, Decoration); } } = Children;

    public Decoration Decoration { get; init { field = value; cased = Cases(Children, value); } } = Decoration;

    /// <summary>
    /// Whether a text-case or strip-periods decoration applies here or anywhere below: known when the group is made,
    /// from its children's answers, so that writing a tree with none (most cites) does not walk it for them.
    /// </summary>
    internal bool HasTextCase => cased;

    private static bool Cases(IReadOnlyList<Output>? children, Decoration? decoration)
    {
        if (decoration is { } d && (d.TextCase is not null || d.StripPeriods))
        {
            return true;
        }

        if (children is null)
        {
            return false;
        }

        for (var i = 0; i < children.Count; i++)
        {
            if (children[i] is GroupOutput { cased: true })
            {
                return true;
            }
        }

        return false;
    }

    public override bool IsEmpty => empty;

    public override string Plain()
    {
        if (empty)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        Write(text);
        return text.ToString();
    }

    /// <summary>The plain text into one builder, however deep the tree; the parts named <paramref name="leftOut"/> count as empty.</summary>
    internal void Write(System.Text.StringBuilder text, string? leftOut = null)
    {
        if (empty)
        {
            return;
        }

        text.Append(Decoration.Prefix);
        var first = true;
        for (var i = 0; i < Children.Count; i++)
        {
            var child = Children[i];
            if (child.IsEmpty || (leftOut is not null && child.Part == leftOut))
            {
                continue;
            }

            if (!first)
            {
                text.Append(Delimiter);
            }

            if (child is GroupOutput group)
            {
                group.Write(text, leftOut);
            }
            else
            {
                text.Append(child.Plain());
            }

            first = false;
        }

        text.Append(Decoration.Suffix);
    }
}

/// <summary>Names of the parts the writer treats specially.</summary>
public static class OutputParts
{
    /// <summary>A delimiter between cites: it gives way to punctuation that ends the cite before it ("source," + "; " is "source, ").</summary>
    public const string CiteDelimiter = "cite-delimiter";

    /// <summary>Text that follows a quotation inside one value: its punctuation is the author's and stays where it is.</summary>
    public const string InnerText = "inner-text";

    /// <summary>A cite its style prints nothing for, which shows <see cref="NoPrintedFormText"/> instead (the caller may report it).</summary>
    public const string NoPrintedForm = "no-printed-form";

    /// <summary>What the reference processors write for a cite with nothing to print.</summary>
    public const string NoPrintedFormText = "[CSL STYLE ERROR: reference with no printed form.]";

    /// <summary>The date a work was accessed: cites that differ only in it read alike to disambiguation, as the reference processors judge them.</summary>
    public const string Accessed = "accessed";

    /// <summary>
    /// The plain text disambiguation compares: the output's text without the date a work was accessed, which tells
    /// nothing about which work a cite means ("Doe n.d. [Accessed 1965]" and "Doe n.d. [Accessed 2065]" are ambiguous).
    /// </summary>
    public static string ComparedText(Output output)
    {
        if (!Holds(output, Accessed))
        {
            return output.Plain();
        }

        if (output.Part == Accessed || output is not GroupOutput group)
        {
            return ""; // the output is the accessed date alone
        }

        var text = new System.Text.StringBuilder();
        group.Write(text, Accessed);
        return text.ToString();
    }

    /// <summary>The first part of the tree, depth first, that is named <paramref name="part"/> and prints (a cite's names, say).</summary>
    public static Output? FirstPrinted(Output node, string part)
    {
        if (node.Part == part && !node.IsEmpty)
        {
            return node;
        }

        if (node is GroupOutput group)
        {
            for (var i = 0; i < group.Children.Count; i++)
            {
                if (FirstPrinted(group.Children[i], part) is { } found)
                {
                    return found;
                }
            }
        }

        return null;
    }

    private static bool Holds(Output node, string part)
    {
        if (node.Part == part)
        {
            return true;
        }

        if (node is GroupOutput group)
        {
            for (var i = 0; i < group.Children.Count; i++)
            {
                if (Holds(group.Children[i], part))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
