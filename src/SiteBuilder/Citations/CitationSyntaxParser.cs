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
            if (Item(part) is not var (at, minus, keyEnd))
            {
                return null;
            }

            var prefix = part.AsSpan(0, minus ? at - 1 : at).Trim();
            var (locator, suffix) = ParseLocator(part[keyEnd..]);
            items.Add(new ParsedItem(
                part[(at + 1)..keyEnd],
                prefix.Length == 0 ? null : prefix.ToString(),
                locator,
                suffix,
                minus,
                offset + at));
            offset += part.Length + 1;
        }

        return items;
    }

    /// <summary>
    /// One item's shape, read by hand (a regular expression's match was a visible share of a large build):
    /// anything but '@' as a prefix, an optional '-' before the first '@', a key (letters, numbers and '_', with
    /// inner punctuation that a letter, number or '_' follows), then nothing but white space, or a comma and anything.
    /// Returns where the '@' is, whether the '-' is there, and where the key ends; null when the text has another shape.
    /// </summary>
    internal static (int At, bool Minus, int KeyEnd)? Item(string part)
    {
        var at = part.IndexOf('@');
        if (at < 0 || at + 1 >= part.Length || !IsKeyCharacter(part[at + 1]))
        {
            return null;
        }

        var end = at + 2;
        while (end < part.Length)
        {
            var c = part[end];
            if (IsKeyCharacter(c) || (":.#$%&+?<>~/-".Contains(c) && end + 1 < part.Length && IsKeyCharacter(part[end + 1])))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        var rest = end;
        while (rest < part.Length && char.IsWhiteSpace(part[rest]))
        {
            rest++;
        }

        return rest == part.Length || part[rest] == ',' ? (at, at > 0 && part[at - 1] == '-', end) : null;
    }

    /// <summary>A letter, a number or '_': what a key is made of.</summary>
    private static bool IsKeyCharacter(char c) => char.IsLetter(c) || char.IsNumber(c) || c == '_';

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

    [GeneratedRegex(@"^(?:(?<label>[\p{L}§¶]+\.?)\s*)?(?<value>[\divxlcdmIVXLCDM]+(?:\s*[-–—,&]\s*[\divxlcdmIVXLCDM]+)*)(?=$|[\s,])")]
    private static partial Regex LocatorPattern();
}
