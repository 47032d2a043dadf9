using System.Globalization;
using System.Text;

namespace SiteBuilder.Citations;

/// <summary>
/// A sort key of our own, compared ordinally, so a bibliography sorts the same on every machine, with or without
/// ICU: accents are dropped through Unicode decomposition (Ä as A, é as e), letters that do not decompose come
/// from a small table (Ø as O, Ł as L, Æ as AE, ß as ss), case is folded, and spaces and punctuation inside a
/// name are ignored, so names sort letter by letter (De Vries after Devlin).
/// </summary>
internal static class CollationKey
{
    /// <summary>Sorts before every letter: separates the parts of a key, so "nothing precedes something" (Brown before Browning).</summary>
    public const char Separator = '\u0001';

    private static readonly Dictionary<char, string> Letters = new()
    {
        ['Ø'] = "O", ['ø'] = "O", ['Ł'] = "L", ['ł'] = "L", ['Æ'] = "AE", ['æ'] = "AE", ['Œ'] = "OE", ['œ'] = "OE",
        ['ß'] = "SS", ['ẞ'] = "SS", ['Đ'] = "D", ['đ'] = "D", ['Ð'] = "D", ['ð'] = "D", ['Þ'] = "TH", ['þ'] = "TH",
        ['ı'] = "I", ['Ħ'] = "H", ['ħ'] = "H", ['Ŧ'] = "T", ['ŧ'] = "T", ['ĸ'] = "K", ['Ŋ'] = "NG", ['ŋ'] = "NG",
    };

    public static string Of(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (Letters.TryGetValue(c, out var replacement))
            {
                key.Append(replacement);
            }
            else if (char.IsLetterOrDigit(c))
            {
                key.Append(char.ToUpperInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // the accent of a decomposed letter
            }
        }

        return key.ToString();
    }
}
