using System.Globalization;
using System.Text;

namespace SiteBuilder.Csl.Rendering;

/// <summary>
/// CSL's text-case and strip-periods, applied to the text an element produced as one string (so "capitalize-first"
/// means the first letter of the whole), never inside nocase text. Title case follows CSL's English rules.
/// </summary>
public static class TextCase
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "down", "for", "from", "in", "into", "nor", "of", "on", "onto", "or", "over",
        "so", "the", "till", "to", "up", "via", "with", "yet",
    };

    /// <summary>The tree with every text-case and strip-periods decoration applied to the text below it.</summary>
    public static Output Apply(Output output) => output switch
    {
        GroupOutput g => Transform(g with { Children = g.Children.Select(Apply).ToList() }),
        _ => output,
    };

    private static Output Transform(GroupOutput g)
    {
        var d = g.Decoration;
        if (d.TextCase is null && !d.StripPeriods)
        {
            return g;
        }

        var leaves = new List<TextOutput>();
        Collect(g, leaves);
        if (leaves.Count == 0)
        {
            return g;
        }

        var joined = string.Concat(leaves.Select(l => l.Text));
        var changed = d.StripPeriods ? joined.Replace(".", "") : joined;
        changed = d.TextCase is { } textCase ? Case(changed, textCase) : changed;
        if (d.StripPeriods)
        {
            // lengths changed: strip each leaf on its own, then case the joined result leaf by leaf
            var map = new Dictionary<TextOutput, TextOutput>(ReferenceEqualityComparer.Instance);
            var stripped = leaves.Select(l => l with { Text = l.Text.Replace(".", "") }).ToList();
            var cased = d.TextCase is null ? stripped.Select(l => l.Text).ToList() : Split(Case(string.Concat(stripped.Select(l => l.Text)), d.TextCase), stripped.Select(l => l.Text.Length));
            for (var i = 0; i < leaves.Count; i++)
            {
                map[leaves[i]] = leaves[i] with { Text = cased[i] };
            }

            return (GroupOutput)Replace(g, map);
        }

        var parts = changed.Length == joined.Length ? Split(changed, leaves.Select(l => l.Text.Length)) : leaves.Select(l => Case(l.Text, d.TextCase!)).ToList();
        var replacements = new Dictionary<TextOutput, TextOutput>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < leaves.Count; i++)
        {
            replacements[leaves[i]] = leaves[i] with { Text = parts[i] };
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

    private static void Collect(Output node, List<TextOutput> leaves)
    {
        switch (node)
        {
            case TextOutput t:
                leaves.Add(t);
                break;
            case GroupOutput g:
                foreach (var child in g.Children)
                {
                    Collect(child, leaves);
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

    public static string Case(string text, string textCase) => textCase switch
    {
        "lowercase" => text.ToLowerInvariant(),
        "uppercase" => text.ToUpperInvariant(),
        "capitalize-first" => CapitalizeFirst(text),
        "capitalize-all" => Words(text, (word, _) => Capitalize(word)),
        "sentence" => CapitalizeFirst(IsAllUpper(text) ? text.ToLowerInvariant() : text),
        "title" => Title(text),
        _ => text,
    };

    private static string Title(string text)
    {
        var source = IsAllUpper(text) ? text.ToLowerInvariant() : text;
        var startOfPhrase = true;
        return Words(source, (word, _) =>
        {
            var result = word;
            var letters = word.Trim('“', '"', '‘', '\'', '(', '[', '”', '’', ')', ']', ',', '.', ':', ';', '?', '!');
            var isLowerWord = letters.Length > 0 && letters.All(c => !char.IsLetter(c) || char.IsLower(c));
            if (isLowerWord && (startOfPhrase || !StopWords.Contains(letters)))
            {
                result = Capitalize(word);
            }

            startOfPhrase = word.EndsWith(':') || word.EndsWith('?') || word.EndsWith('!') || word.EndsWith('.');
            return result;
        });
    }

    private static bool IsAllUpper(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    private static string CapitalizeFirst(string text)
    {
        var at = 0;
        while (at < text.Length && !char.IsLetter(text[at]))
        {
            at++;
        }

        return at < text.Length && char.IsLower(text[at]) ? text[..at] + char.ToUpper(text[at], CultureInfo.InvariantCulture) + text[(at + 1)..] : text;
    }

    private static string Capitalize(string word) => CapitalizeFirst(word);

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
