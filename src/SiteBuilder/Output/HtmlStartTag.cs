namespace SiteBuilder.Output;

/// <summary>A start tag read from HTML text: its name, its attributes in order, and whether it closed itself.</summary>
public sealed class HtmlStartTag
{
    public HtmlStartTag(string name, List<HtmlAttribute> attributes, bool selfClosing)
    {
        Name = name;
        Attributes = attributes;
        SelfClosing = selfClosing;
    }

    public string Name { get; private set; }

    public List<HtmlAttribute> Attributes { get; }

    public bool SelfClosing { get; private set; }

    /// <summary>The same object as another tag, whose attributes the reader has put in <see cref="Attributes"/>.</summary>
    internal HtmlStartTag Reset(string name, bool selfClosing)
    {
        Name = name;
        SelfClosing = selfClosing;
        return this;
    }

    /// <summary>Whether the element has no end tag, so it never opens a scope.</summary>
    public bool IsVoid => SelfClosing || IsVoidElement(Name);

    /// <summary>Whether the element's content is text, not markup, up to its end tag (script, style, textarea, title).</summary>
    public bool HoldsRawText => Name is "script" or "style" or "textarea" or "title";

    /// <summary>The attribute that holds an element's link as the rewriter reads it (<c>href</c> of a and link, <c>src</c> of script, img and source), or null.</summary>
    public static string? LinkAttribute(string element) => element switch
    {
        "a" or "link" => "href",
        "script" or "img" or "source" => "src",
        _ => null,
    };

    /// <summary>The level of a heading element (h1 to h6), or 0 for any other element.</summary>
    public static int HeadingLevel(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6' ? name[1] - '0' : 0;

    /// <summary>Whether the text after "&lt;/" (<paramref name="rest"/>) ends an element of raw text named <paramref name="name"/>, in any case (as "script&gt;" does and "scripts" does not).</summary>
    public static bool ClosesRawText(ReadOnlySpan<char> rest, string name) =>
        rest.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (rest.Length == name.Length || rest[name.Length] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f');

    /// <summary>Whether HTML has elements of this name without end tags (<c>br</c>, <c>img</c>, …), written with "/>" or not.</summary>
    /// <remarks>A switch rather than a set: the rewriter asks it of every tag of every page, and hashing the name showed.</remarks>
    public static bool IsVoidElement(string name) =>
        name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr";

    public string? Get(string name) => IndexOf(name) is var i and >= 0 ? Attributes[i].Value : null;

    public bool Has(string name) => IndexOf(name) >= 0;

    /// <summary>Where the attribute is in <see cref="Attributes"/>, or -1; a loop, as a predicate per call showed in the rewriter's allocation.</summary>
    public int IndexOf(string name)
    {
        // over the list's own array: the indexer copies each attribute (a struct) out
        var attributes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Attributes);
        for (var i = 0; i < attributes.Length; i++)
        {
            // names read from pages are mostly the reader's own strings, so the same object as the one asked for
            var candidate = attributes[i].Name;
            if (ReferenceEquals(candidate, name) || candidate == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Sets an attribute's raw (already encoded) value, adding it at the end when absent.</summary>
    public void Set(string name, string rawValue)
    {
        var index = IndexOf(name);
        if (index >= 0)
        {
            Attributes[index] = new HtmlAttribute(name, rawValue);
        }
        else
        {
            Attributes.Add(new HtmlAttribute(name, rawValue));
        }
    }

    public void Remove(string name)
    {
        for (var i = Attributes.Count - 1; i >= 0; i--)
        {
            if (Attributes[i].Name == name)
            {
                Attributes.RemoveAt(i);
            }
        }
    }

    public bool HasClass(string name) =>
        IndexOf("class") is var i and >= 0 && Attributes[i].HasValue && ClassListHas(Attributes[i].RawSpan, name);

    /// <summary>Whether a class attribute's value as written (<paramref name="raw"/>, still entity-encoded) names the class <paramref name="name"/>.</summary>
    internal static bool ClassListHas(ReadOnlySpan<char> raw, string name)
    {
        var referenced = raw.Contains('&');
        if (!referenced && !raw.Contains(name, StringComparison.Ordinal))
        {
            return false; // most elements' classes are not the one asked for, nor contain it
        }

        if (referenced)
        {
            raw = System.Net.WebUtility.HtmlDecode(raw.ToString()); // a class written with a character reference, rarely
        }

        foreach (var range in raw.Split(' '))
        {
            if (raw[range].SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    public void AddClass(string name)
    {
        if (!HasClass(name))
        {
            var classes = Attributes.Find(a => a.Name == "class").RawValue;
            Set("class", string.IsNullOrWhiteSpace(classes) ? name : classes.TrimEnd() + " " + name);
        }
    }

    /// <summary>Writes the tag back with its (possibly changed) attributes, each value double-quoted.</summary>
    public void WriteTo(System.Text.StringBuilder output)
    {
        output.Append('<').Append(Name);
        foreach (var attribute in Attributes)
        {
            output.Append(' ').Append(attribute.Name);
            if (attribute.HasValue)
            {
                var raw = attribute.RawSpan;
                output.Append("=\"");
                if (raw.Contains('"'))
                {
                    output.Append(raw.ToString().Replace("\"", "&quot;", StringComparison.Ordinal));
                }
                else
                {
                    output.Append(raw);
                }

                output.Append('"');
            }
        }

        output.Append(SelfClosing ? " />" : ">");
    }
}
