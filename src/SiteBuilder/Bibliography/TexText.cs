using System.Globalization;
using System.Text;

namespace SiteBuilder.Bibliography;

/// <summary>
/// Turns the TeX of a BibTeX field into Unicode text: accents (<c>{\"u}</c>, <c>\'e</c>, <c>\c{c}</c>), special
/// letters (<c>\ss</c>, <c>\o</c>, <c>\L</c>), escaped characters (<c>\&amp;</c>, <c>\%</c>), dashes and quotes,
/// with protecting braces dropped. Formatting commands keep their text.
/// </summary>
internal static class TexText
{
    private static readonly Dictionary<char, char> Accents = new()
    {
        ['\''] = '\u0301', ['`'] = '\u0300', ['^'] = '\u0302', ['"'] = '\u0308', ['~'] = '\u0303', ['='] = '\u0304',
        ['.'] = '\u0307', ['u'] = '\u0306', ['v'] = '\u030C', ['H'] = '\u030B', ['c'] = '\u0327', ['k'] = '\u0328',
        ['r'] = '\u030A', ['d'] = '\u0323', ['b'] = '\u0331',
    };

    private static readonly Dictionary<string, string> Letters = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["l"] = "ł", ["L"] = "Ł", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ",
        ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ",
        ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["textendash"] = "–", ["textemdash"] = "—", ["S"] = "§", ["P"] = "¶",
        ["dag"] = "†", ["copyright"] = "©", ["pounds"] = "£", ["euro"] = "€", ["ldots"] = "…", ["dots"] = "…",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["textasciitilde"] = "~", ["textbackslash"] = "\\", ["textbar"] = "|",
    };

    public static string ToUnicode(string tex)
    {
        var text = new StringBuilder(tex.Length);
        var i = 0;
        while (i < tex.Length)
        {
            var c = tex[i];
            if (c == '\\' && i + 1 < tex.Length)
            {
                i = Command(tex, i + 1, text);
                continue;
            }

            if (c is '{' or '}')
            {
                i++;
                continue;
            }

            if (c == '-' && At(tex, i, "---"))
            {
                text.Append('—');
                i += 3;
            }
            else if (c == '-' && At(tex, i, "--"))
            {
                text.Append('–');
                i += 2;
            }
            else if (c == '`' && At(tex, i, "``"))
            {
                text.Append('“');
                i += 2;
            }
            else if (c == '\'' && At(tex, i, "''"))
            {
                text.Append('”');
                i += 2;
            }
            else if (c == '~')
            {
                text.Append('\u00A0');
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                i++;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return text.ToString().Trim().Normalize(NormalizationForm.FormC);
    }

    private static bool At(string text, int index, string what) => string.CompareOrdinal(text, index, what, 0, what.Length) == 0;

    /// <summary>Reads the command after a backslash at <paramref name="i"/>; returns where reading goes on.</summary>
    private static int Command(string tex, int i, StringBuilder text)
    {
        var c = tex[i];
        if (!char.IsLetter(c))
        {
            if (Accents.TryGetValue(c, out var mark))
            {
                return Accent(tex, i + 1, mark, text);
            }

            text.Append(c switch { '\\' => ' ', ' ' => ' ', _ => c }); // \& \% \$ \_ \# \{ \}, and \\ as a break
            return i + 1;
        }

        var end = i;
        while (end < tex.Length && char.IsLetter(tex[end]))
        {
            end++;
        }

        var name = tex[i..end];
        var next = end;
        if (name.Length == 1 && Accents.TryGetValue(name[0], out var letterMark) && !Letters.ContainsKey(name))
        {
            return Accent(tex, SkipSpace(tex, next), letterMark, text); // \c{c}, \v s, \u{a}
        }

        if (Letters.TryGetValue(name, out var letter))
        {
            text.Append(letter);
            return next < tex.Length && tex[next] == ' ' ? next + 1 : next; // the space only ends the command
        }

        // \textit{…}, \emph{…}, \url{…} and any other command: keep what it wraps
        return next < tex.Length && tex[next] == ' ' ? next + 1 : next;
    }

    private static int SkipSpace(string tex, int i)
    {
        while (i < tex.Length && tex[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>An accent over the next letter, written bare (\'e) or in braces (\'{e}, \c{c}); dotless i and j take it too.</summary>
    private static int Accent(string tex, int i, char mark, StringBuilder text)
    {
        if (i >= tex.Length)
        {
            return i;
        }

        string baseLetter;
        int next;
        if (tex[i] == '{')
        {
            var close = tex.IndexOf('}', i);
            if (close < 0)
            {
                return i + 1;
            }

            baseLetter = tex[(i + 1)..close].Trim();
            next = close + 1;
        }
        else if (tex[i] == '\\' && i + 1 < tex.Length && char.IsLetter(tex[i + 1]))
        {
            next = i + 1;
            while (next < tex.Length && char.IsLetter(tex[next]))
            {
                next++;
            }

            baseLetter = "\\" + tex[(i + 1)..next];
        }
        else
        {
            baseLetter = tex[i].ToString();
            next = i + 1;
        }

        baseLetter = baseLetter switch { "\\i" or "i" when mark != '\u0307' => "i", "\\j" => "j", _ => baseLetter };
        text.Append(baseLetter).Append(mark);
        return next;
    }

    /// <summary>The month a BibTeX month field means: a macro (jan), a name (January), or a number.</summary>
    public static int? Month(string value)
    {
        var trimmed = value.Trim();
        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 12 ? n : Csl.Data.CslDateText.MonthOf(trimmed);
    }
}
