namespace SiteBuilder.Output;

/// <summary>A start tag read from HTML text: its name, its attributes in order, and whether it closed itself.</summary>
public sealed class HtmlStartTag
{
    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    public HtmlStartTag(string name, List<HtmlAttribute> attributes, bool selfClosing)
    {
        Name = name;
        Attributes = attributes;
        SelfClosing = selfClosing;
    }

    public string Name { get; }

    public List<HtmlAttribute> Attributes { get; }

    public bool SelfClosing { get; }

    /// <summary>Whether the element has no end tag, so it never opens a scope.</summary>
    public bool IsVoid => SelfClosing || Void.Contains(Name);

    public string? Get(string name)
    {
        foreach (var attribute in Attributes)
        {
            if (attribute.Name == name)
            {
                return attribute.Value;
            }
        }

        return null;
    }

    public bool Has(string name) => Attributes.Exists(a => a.Name == name);

    /// <summary>Sets an attribute's raw (already encoded) value, adding it at the end when absent.</summary>
    public void Set(string name, string rawValue)
    {
        var index = Attributes.FindIndex(a => a.Name == name);
        if (index >= 0)
        {
            Attributes[index] = new HtmlAttribute(name, rawValue);
        }
        else
        {
            Attributes.Add(new HtmlAttribute(name, rawValue));
        }
    }

    public void Remove(string name) => Attributes.RemoveAll(a => a.Name == name);

    public bool HasClass(string name) =>
        Get("class") is { } classes && classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(name, StringComparer.Ordinal);

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
            if (attribute.RawValue is not null)
            {
                output.Append("=\"").Append(attribute.RawValue.Replace("\"", "&quot;", StringComparison.Ordinal)).Append('"');
            }
        }

        output.Append(SelfClosing ? " />" : ">");
    }
}
