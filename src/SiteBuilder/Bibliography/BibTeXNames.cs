using SiteBuilder.Csl.Data;

namespace SiteBuilder.Bibliography;

/// <summary>
/// BibTeX name lists: names joined by "and" (outside braces), each "von Last, Jr, First", "von Last, First" or
/// "First von Last"; a name wholly in braces ("{World Health Organization}") is an institution, and "and others"
/// means the list was cut short.
/// </summary>
internal static class BibTeXNames
{
    public static (IReadOnlyList<CslName> Names, bool Others) Parse(string value)
    {
        var names = new List<CslName>();
        var others = false;
        foreach (var part in SplitTopLevel(value, " and "))
        {
            var trimmed = part.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (trimmed == "others")
            {
                others = true;
                continue;
            }

            names.Add(One(trimmed));
        }

        return (names, others);
    }

    private static CslName One(string name)
    {
        if (name.StartsWith('{') && name.EndsWith('}') && Closes(name))
        {
            return CslName.Institution(TexText.ToUnicode(name[1..^1]));
        }

        var commas = SplitTopLevel(name, ",").Select(p => p.Trim()).ToList();
        string first, last, jr = "";
        if (commas.Count >= 3)
        {
            (last, jr, first) = (commas[0], commas[1], string.Join(", ", commas.Skip(2)));
        }
        else if (commas.Count == 2)
        {
            (last, first) = (commas[0], commas[1]);
        }
        else
        {
            // "First von Last": the last word is the family name, with any lower-case words before it as particles
            var words = SplitTopLevel(name, " ").Where(w => w.Length > 0).ToList();
            var von = words.FindIndex(w => IsLower(w));
            if (von > 0 && von < words.Count - 1)
            {
                first = string.Join(' ', words.Take(von));
                last = string.Join(' ', words.Skip(von));
            }
            else
            {
                first = string.Join(' ', words.Take(words.Count - 1));
                last = words.Count > 0 ? words[^1] : "";
            }
        }

        var lastWords = SplitTopLevel(last, " ").Where(w => w.Length > 0).ToList();
        var particles = lastWords.TakeWhile((w, i) => i < lastWords.Count - 1 && IsLower(w)).Count();
        return new CslName
        {
            Family = TexText.ToUnicode(string.Join(' ', lastWords.Skip(particles))),
            Given = first.Length == 0 ? null : TexText.ToUnicode(first),
            NonDroppingParticle = particles == 0 ? null : TexText.ToUnicode(string.Join(' ', lastWords.Take(particles))),
            Suffix = jr.Length == 0 ? null : TexText.ToUnicode(jr),
        };
    }

    private static bool IsLower(string word)
    {
        var letter = TexText.ToUnicode(word).FirstOrDefault(char.IsLetter);
        return letter != default && char.IsLower(letter) && !word.StartsWith('{');
    }

    /// <summary>Whether the opening brace at 0 closes at the very end (so "{A} and {B}" is not one braced name).</summary>
    private static bool Closes(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
            if (depth == 0 && i < text.Length - 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits at a separator that is outside braces; "and" is matched case-insensitively with any white space around it.</summary>
    private static List<string> SplitTopLevel(string text, string separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        var normalized = separator == " and " ? System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ") : text;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && string.Compare(normalized, i, separator, 0, separator.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                parts.Add(normalized[start..i]);
                i += separator.Length - 1;
                start = i + 1;
            }
        }

        parts.Add(normalized[start..]);
        return parts;
    }
}
