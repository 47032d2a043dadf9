using System.Text.RegularExpressions;

namespace SiteBuilder.Citations;

/// <summary>
/// Parses Pandoc citation syntax inside brackets ("see @a; -@b, pp. 3–5, emphasis added") into items with
/// their offsets, independent of Markdown. Returns null when the text is not a citation.
/// </summary>
public static partial class CitationSyntaxParser
{
    private static readonly IReadOnlyDictionary<string, string> LocatorLabels = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["p."] = "page", ["pp."] = "page", ["p"] = "page", ["pp"] = "page", ["page"] = "page", ["pages"] = "page",
        ["chap."] = "chapter", ["chapter"] = "chapter", ["ch."] = "chapter",
        ["sec."] = "section", ["section"] = "section", ["§"] = "section",
        ["para."] = "paragraph", ["paragraph"] = "paragraph", ["¶"] = "paragraph",
        ["fig."] = "figure", ["figure"] = "figure",
        ["vol."] = "volume", ["volume"] = "volume",
        ["n."] = "note", ["note"] = "note",
    };

    /// <summary>One parsed item and the offset of its '@' in the parsed text.</summary>
    public sealed record ParsedItem(string Key, string? Prefix, Locator? Locator, string? Suffix, bool SuppressAuthor, int KeyOffset);

    /// <summary>Items of a bracketed citation's inner text, or null when any part is not a citation item.</summary>
    public static IReadOnlyList<ParsedItem>? ParseBracketed(string inner)
    {
        var items = new List<ParsedItem>();
        var offset = 0;
        foreach (var part in inner.Split(';'))
        {
            var match = ItemPattern().Match(part);
            if (!match.Success)
            {
                return null;
            }

            var prefix = match.Groups["prefix"].Value.Trim();
            var (locator, suffix) = ParseLocator(match.Groups["rest"].Value);
            items.Add(new ParsedItem(
                match.Groups["key"].Value,
                prefix.Length == 0 ? null : prefix,
                locator,
                suffix,
                match.Groups["minus"].Success,
                offset + match.Groups["at"].Index));
            offset += part.Length + 1;
        }

        return items;
    }

    /// <summary>The length of a citation key at the start of <paramref name="text"/> (after the '@'), or 0.</summary>
    public static int KeyLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !(char.IsLetterOrDigit(text[0]) || text[0] == '_'))
        {
            return 0;
        }

        var end = 1;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                end++;
            }
            else if (":.#$%&-+?<>~/".Contains(c) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
            {
                end += 2; // internal punctuation belongs to the key only when a letter or digit follows
            }
            else
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Splits "pp. 70–85, emphasis added" into a locator and a suffix; bare numbers are pages.</summary>
    public static (Locator? Locator, string? Suffix) ParseLocator(string rest)
    {
        var text = rest.Trim();
        if (text.StartsWith(','))
        {
            text = text[1..].Trim();
        }

        if (text.Length == 0)
        {
            return (null, null);
        }

        var match = LocatorPattern().Match(text);
        if (!match.Success)
        {
            return (null, text);
        }

        var word = match.Groups["label"].Value;
        var label = word.Length == 0 ? "page" : LocatorLabels.GetValueOrDefault(word);
        if (label is null)
        {
            return (null, text);
        }

        var suffix = text[match.Length..].TrimStart(',', ' ');
        return (new Locator(label, match.Groups["value"].Value.Trim()), suffix.Length == 0 ? null : suffix);
    }

    [GeneratedRegex(@"^(?<prefix>[^@]*?)(?<minus>-)?(?<at>@)(?<key>[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*)(?<rest>(?:\s*,.*|\s*))$", RegexOptions.Singleline)]
    private static partial Regex ItemPattern();

    [GeneratedRegex(@"^(?:(?<label>[\p{L}§¶]+\.?)\s*)?(?<value>[\divxlcdmIVXLCDM]+(?:\s*[-–—,&]\s*[\divxlcdmIVXLCDM]+)*)(?=$|[\s,])")]
    private static partial Regex LocatorPattern();
}
