using System.Globalization;
using System.Text;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// CSL's text-case and strip-periods, applied to the text an element produced as one string (so "capitalize-first"
/// means the first letter of the whole), never inside nocase text. Title case follows CSL's English rules.
/// </summary>
public static partial class TextCase
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on", "onto", "or", "over",
        "so", "the", "till", "to", "up", "via", "with", "yet", "about", "above", "across", "after", "against", "along", "among",
        "around", "before", "behind", "below", "beneath", "beside", "between", "beyond", "during", "except", "like", "near",
        "off", "out", "past", "per", "since", "than", "through", "toward", "under", "until", "upon", "versus", "vs.", "within",
        "without", "towards", "throughout", "underneath", "amid", "amidst", "amongst", "despite", "inside", "outside", "unto",
        "alongside", "atop", "circa", "lest", "notwithstanding", "sans", "thru", "qua", "v.", "vs",
        "von", "van", "de", "der", "den", "del", "della", "di", "da", "la", "le", "dos", "das",
    };

    /// <summary>The tree with every text-case and strip-periods decoration applied to the text below it.</summary>
    public static Output Apply(Output output)
    {
        if (output is not GroupOutput { HasTextCase: true } g)
        {
            return output; // nothing below asks for a case
        }

        // a subtree with no case to apply is kept as it is, not copied
        List<Output>? changed = null;
        for (var i = 0; i < g.Children.Count; i++)
        {
            var child = Apply(g.Children[i]);
            if (changed is null && !ReferenceEquals(child, g.Children[i]))
            {
                changed = [.. g.Children.Take(i)];
            }

            changed?.Add(child);
        }

        var node = changed is null ? g : g with { Children = changed };
        return node.Decoration.TextCase is null && !node.Decoration.StripPeriods ? node : Transform(node);
    }

    private static Output Transform(GroupOutput g)
    {
        var d = g.Decoration;
        if (d.TextCase is null && !d.StripPeriods)
        {
            return g;
        }

        // nocase text is part of the sentence the case reads (it starts and ends phrases) but is never changed
        var leaves = new List<(TextOutput Leaf, bool Protected)>();
        Collect(g, leaves, false);
        if (leaves.Count == 0)
        {
            return g;
        }

        var texts = leaves.Select(l => d.StripPeriods && !l.Protected ? l.Leaf.Text.Replace(".", "") : l.Leaf.Text).ToList();
        var joined = string.Concat(texts);
        var cased = d.TextCase is { } textCase ? Case(joined, textCase, d.DottedI) : joined;
        var parts = cased.Length == joined.Length ? Split(cased, texts.Select(t => t.Length)) : texts.Select(t => d.TextCase is null ? t : Case(t, d.TextCase, d.DottedI)).ToList();
        var replacements = new Dictionary<TextOutput, TextOutput>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < leaves.Count; i++)
        {
            if (!leaves[i].Protected)
            {
                replacements[leaves[i].Leaf] = leaves[i].Leaf with { Text = parts[i] };
            }
        }

        return (GroupOutput)Replace(g, replacements);
    }

    private static List<string> Split(string text, IEnumerable<int> lengths)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (var length in lengths)
        {
            parts.Add(text.Substring(at, Math.Min(length, text.Length - at)));
            at += length;
        }

        return parts;
    }

    private static void Collect(Output node, List<(TextOutput, bool)> leaves, bool isProtected)
    {
        switch (node)
        {
            case TextOutput t:
                leaves.Add((t, isProtected));
                break;
            case GroupOutput g:
                foreach (var child in g.Children)
                {
                    Collect(child, leaves, isProtected);
                }

                break;
            case ProtectedOutput p:
                foreach (var child in p.Children)
                {
                    Collect(child, leaves, true);
                }

                break;
        }
    }

    private static Output Replace(Output node, Dictionary<TextOutput, TextOutput> map) => node switch
    {
        TextOutput t => map.GetValueOrDefault(t) ?? t,
        GroupOutput g => g with { Children = g.Children.Select(c => Replace(c, map)).ToList() },
        _ => node,
    };

    /// <param name="dottedI">Case i and ı apart, as Turkish and Azerbaijani do (i ↔ İ, ı ↔ I).</param>
    public static string Case(string text, string textCase, bool dottedI = false) => textCase switch
    {
        "lowercase" => Lower(text, dottedI),
        "uppercase" => Upper(text, dottedI),
        "capitalize-first" => CapitalizeFirst(text, dottedI),
        "capitalize-all" => Words(text, (word, _) => CapitalizeFirst(word, dottedI)),
        "sentence" => Sentence(IsAllUpper(text) ? Lower(text, dottedI) : text, dottedI),
        "title" => Title(text),
        _ => text,
    };

    /// <summary>Upper case; the dotless ı has the plain capital I in every language (as the reference processors write it).</summary>
    private static string Upper(string text, bool dottedI) =>
        dottedI ? text.Replace('i', 'İ').Replace('ı', 'I').ToUpperInvariant()
        : text.Contains('ı') ? text.ToUpperInvariant().Replace('ı', 'I') : text.ToUpperInvariant();

    private static string Lower(string text, bool dottedI) =>
        dottedI ? text.Replace('I', 'ı').Replace('İ', 'i').ToLowerInvariant() : text.ToLowerInvariant();

    private static char Upper(char c, bool dottedI) => c switch
    {
        'i' when dottedI => 'İ',
        'ı' => 'I',
        _ => char.ToUpperInvariant(c),
    };

    /// <summary>
    /// English title case: words in lower case are capitalized, except stop words that neither start the title, follow
    /// a colon or end punctuation, nor end the title; words with capitals (UK, iPhone, A.N.) are left as they are.
    /// </summary>
    private static string Title(string text)
    {
        var tokens = Separators().Split(text);
        var startOfPhrase = true;
        var last = Array.FindLastIndex(tokens, t => t.Any(char.IsLetter));
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (Separators().IsMatch(token) && token.Trim().Length > 0 && token is not ("-" or "‐" or "/" or "–" or "—"))
            {
                continue;
            }

            var letters = token.Trim('“', '"', '‘', '\'', '(', '[', '”', '’', ')', ']', ',', '.', ':', ';', '?', '!');
            var afterNumber = i >= 2 && tokens[i - 1] is "-" or "‐" && tokens[i - 2].Length > 0 && char.IsDigit(tokens[i - 2][0]);
            var isLowerWord = letters.Length > 0 && letters.All(c => !char.IsLetter(c) || char.IsLower(c)) && IsLatinLetter(letters[0]) && !afterNumber;
            if (isLowerWord && (startOfPhrase || i == last || !StopWords.Contains(letters)))
            {
                tokens[i] = CapitalizeFirst(token);
            }

            if (token.Trim().Length > 0)
            {
                startOfPhrase = token.EndsWith(':') || token.EndsWith('?') || token.EndsWith('!') || token.EndsWith('.');
            }
        }

        return string.Concat(tokens);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(\s+|[-‐–—/])")]
    private static partial System.Text.RegularExpressions.Regex Separators();

    private static bool IsLatinLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= 'À' and <= 'ɏ');

    /// <summary>Sentence case: the first letter up; other words written Like This down, words in capitals kept.</summary>
    private static string Sentence(string text, bool dottedI)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            var letters = w.Where(char.IsLetter).ToList();
            if (i > 0 && letters.Count > 1 && char.IsUpper(letters[0]) && letters.Skip(1).All(char.IsLower))
            {
                words[i] = Lower(w, dottedI);
            }
        }

        return CapitalizeFirst(string.Join(' ', words), dottedI);
    }

    private static bool IsAllUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static string CapitalizeFirst(string text, bool dottedI = false)
    {
        var at = 0;
        while (at < text.Length && !char.IsLetter(text[at]))
        {
            at++;
        }

        return at < text.Length && char.IsLower(text[at]) ? text[..at] + Upper(text[at], dottedI) + text[(at + 1)..] : text;
    }

    /// <summary>Applies <paramref name="change"/> to each word (split at spaces and hyphens), keeping the separators.</summary>
    private static string Words(string text, Func<string, int, string> change)
    {
        var result = new StringBuilder(text.Length);
        var word = new StringBuilder();
        var index = 0;
        foreach (var c in text)
        {
            if (c is ' ' or '-' or '\u00A0' or '/' or '–')
            {
                result.Append(change(word.ToString(), index++)).Append(c);
                word.Clear();
            }
            else
            {
                word.Append(c);
            }
        }

        return result.Append(change(word.ToString(), index)).ToString();
    }
}
