using System.Text;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Bibliography;

/// <summary>One BibTeX entry as written: its type, key and fields (raw TeX, macros expanded), with their places.</summary>
internal sealed record BibTeXEntry(string Type, string Key, SourceLocation Location, IReadOnlyList<BibTeXField> Fields);

internal sealed record BibTeXField(string Name, string Value, SourceLocation Location);

/// <summary>
/// Reads the entries of a .bib file as Zotero, JabRef, Google Scholar and BibLaTeX write them: <c>@type{key, …}</c>
/// or with parentheses, values in braces or quotes or bare numbers, <c>@string</c> macros and month names joined
/// with <c>#</c>; <c>@comment</c> and <c>@preamble</c> are skipped, and so is text between entries. Every problem
/// is reported at its line and column, and reading goes on with the next entry.
/// </summary>
internal sealed class BibTeXParser
{
    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private readonly string path;
    private readonly string text;
    private readonly DiagnosticBag diagnostics;
    private readonly Dictionary<string, string> macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> lineStarts = [0];
    private int pos;

    private BibTeXParser(string path, string text, DiagnosticBag diagnostics)
    {
        (this.path, this.text, this.diagnostics) = (path, text, diagnostics);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        for (var m = 0; m < MonthMacros.Length; m++)
        {
            macros[MonthMacros[m]] = (m + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static IReadOnlyList<BibTeXEntry> Parse(string path, string text, DiagnosticBag diagnostics) =>
        new BibTeXParser(path, text, diagnostics).Entries();

    private List<BibTeXEntry> Entries()
    {
        var entries = new List<BibTeXEntry>();
        while (true)
        {
            var at = text.IndexOf('@', pos);
            if (at < 0)
            {
                return entries;
            }

            pos = at + 1;
            var start = At(at);
            var type = Identifier();
            SkipSpace();
            if (type.Length == 0 || pos >= text.Length || text[pos] is not ('{' or '('))
            {
                continue; // an @ in free text between entries (an e-mail address, say) is no entry
            }

            var close = text[pos] == '{' ? '}' : ')';
            pos++;
            switch (type.ToLowerInvariant())
            {
                case "comment":
                    SkipBalanced(close);
                    break;
                case "preamble":
                    SkipBalanced(close);
                    break;
                case "string":
                    StringMacro(close, start);
                    break;
                default:
                    if (Entry(type, close, start) is { } entry)
                    {
                        entries.Add(entry);
                    }

                    break;
            }
        }
    }

    private BibTeXEntry? Entry(string type, char close, SourceLocation start)
    {
        SkipSpace();
        var keyStart = pos;
        while (pos < text.Length && text[pos] is not (',' or '}' or ')') && !char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }

        var key = text[keyStart..pos];
        var keyAt = At(keyStart);
        SkipSpace();
        if (key.Length == 0)
        {
            Fail(start, $"the @{type} entry has no key; write @{type}{{key, …}}");
            return null;
        }

        var fields = new List<BibTeXField>();
        while (true)
        {
            SkipSpace();
            if (pos >= text.Length)
            {
                diagnostics.Error(DiagnosticCodes.BibliographySyntax, start, $"the entry '{key}' is not closed with '{close}'");
                return null;
            }

            if (text[pos] == close)
            {
                pos++;
                return new BibTeXEntry(type.ToLowerInvariant(), key, keyAt, fields);
            }

            if (text[pos] == ',')
            {
                pos++;
                continue;
            }

            var fieldAt = At(pos);
            var name = Identifier();
            SkipSpace();
            if (name.Length == 0 || pos >= text.Length || text[pos] != '=')
            {
                Fail(fieldAt, $"expected 'field = value' in the entry '{key}'");
                return null;
            }

            pos++;
            var value = Value(close);
            if (value is null)
            {
                Fail(At(pos), $"the value of '{name}' in the entry '{key}' is not closed");
                return null;
            }

            fields.Add(new BibTeXField(name.ToLowerInvariant(), value, fieldAt));
            SkipSpace();
            if (pos < text.Length && text[pos] != ',' && text[pos] != close)
            {
                Fail(At(pos), $"expected ',' after the value of '{name}' in the entry '{key}'");
                return null;
            }
        }
    }

    private void StringMacro(char close, SourceLocation start)
    {
        SkipSpace();
        var name = Identifier();
        SkipSpace();
        if (name.Length == 0 || pos >= text.Length || text[pos] != '=')
        {
            Fail(start, "expected @string{name = \"value\"}");
            return;
        }

        pos++;
        var value = Value(close);
        SkipSpace();
        if (value is null || pos >= text.Length || text[pos] != close)
        {
            Fail(start, $"the @string '{name}' is not closed with '{close}'");
            return;
        }

        pos++;
        macros[name] = value;
    }

    /// <summary>A value: parts in braces, in quotes, numbers or macro names, joined by '#'; null when a part is not closed.</summary>
    private string? Value(char close)
    {
        var value = new StringBuilder();
        while (true)
        {
            SkipSpace();
            if (pos >= text.Length)
            {
                return null;
            }

            var c = text[pos];
            if (c == '{')
            {
                var end = Balanced(pos + 1, '}');
                if (end < 0)
                {
                    return null;
                }

                value.Append(text, pos + 1, end - pos - 1);
                pos = end + 1;
            }
            else if (c == '"')
            {
                var end = Quoted(pos + 1);
                if (end < 0)
                {
                    return null;
                }

                value.Append(text, pos + 1, end - pos - 1);
                pos = end + 1;
            }
            else
            {
                var at = At(pos);
                var word = Identifier();
                if (word.Length == 0)
                {
                    return value.Length == 0 && c != close && c != ',' ? null : value.ToString();
                }

                if (word.All(char.IsAsciiDigit))
                {
                    value.Append(word);
                }
                else if (macros.TryGetValue(word, out var expansion))
                {
                    value.Append(expansion);
                }
                else
                {
                    diagnostics.Warning(DiagnosticCodes.BibliographySyntax, at, $"unknown @string macro '{word}'; it is read as the text '{word}'");
                    value.Append(word);
                }
            }

            SkipSpace();
            if (pos < text.Length && text[pos] == '#')
            {
                pos++;
                continue;
            }

            return value.ToString();
        }
    }

    /// <summary>The index of the brace that closes one opened just before <paramref name="from"/>, or -1.</summary>
    private int Balanced(int from, char closer)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++; // an escaped brace does not count
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when depth == 0 && closer == '}':
                    return i;
                case '}':
                    depth--;
                    break;
                case '@' when depth == 0 && i > 0 && text[i - 1] == '\n':
                    return -1; // a new entry at the start of a line: the value was never closed
            }
        }

        return -1;
    }

    /// <summary>The closing quote of a quoted value (quotes inside braces do not close it), or -1.</summary>
    private int Quoted(int from)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth--;
                    break;
                case '"' when depth == 0:
                    return i;
                case '@' when depth == 0 && i > 0 && text[i - 1] == '\n':
                    return -1;
            }
        }

        return -1;
    }

    private void SkipBalanced(char close)
    {
        var end = close == '}' ? Balanced(pos, '}') : text.IndexOf(')', pos);
        pos = end < 0 ? text.Length : end + 1;
    }

    /// <summary>Reports a problem and skips to the next entry (the next '@' at the start of a line).</summary>
    private void Fail(SourceLocation at, string message)
    {
        diagnostics.Error(DiagnosticCodes.BibliographySyntax, at, message);
        var next = text.IndexOf("\n@", pos, StringComparison.Ordinal);
        pos = next < 0 ? text.Length : next + 1;
    }

    private string Identifier()
    {
        var start = pos;
        while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] is '_' or '-' or ':' or '.' or '+' or '/' or '\''))
        {
            pos++;
        }

        return text[start..pos];
    }

    private void SkipSpace()
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }
    }

    private SourceLocation At(int index)
    {
        var found = lineStarts.BinarySearch(index);
        var line = found >= 0 ? found : ~found - 1;
        return new SourceLocation(path, line + 1, index - lineStarts[line] + 1);
    }
}
