using System.Text.RegularExpressions;

namespace SiteBuilder.Csl.Data;

/// <summary>
/// Variables written into an item's note, one per line, as Zotero's "Extra" field carries them
/// (<c>original-date: 1850</c>, <c>container-title-short: Container</c>, <c>translator: Frost || Robert</c>, or the
/// older <c>{:original-date: 1850}</c>). A line whose key is a CSL variable (or <c>type</c>) fills that variable when
/// the item lacks it; the lines read that way leave the note, and the rest of the note stays as it was.
/// </summary>
public static partial class CslNoteFields
{
    public static CslItem Apply(CslItem item)
    {
        if (item["note"] is not { } note || !note.Contains(':', StringComparison.Ordinal))
        {
            return item;
        }

        var variables = new Dictionary<string, string>(item.Variables, StringComparer.Ordinal);
        var names = new Dictionary<string, IReadOnlyList<CslName>>(item.Names, StringComparer.Ordinal);
        var dates = new Dictionary<string, CslDate>(item.Dates, StringComparer.Ordinal);
        var type = item.Type;
        var kept = new List<string>();
        var read = false;
        foreach (var line in note.Split('\n'))
        {
            if (Field().Match(line.TrimEnd('\r')) is not { Success: true } field)
            {
                kept.Add(line);
                continue;
            }

            var key = field.Groups["key"].Value.ToLowerInvariant();
            var value = field.Groups["value"].Value.Trim();
            var variable = CslVocabulary.Canonical(key);
            if (key == "type" && CslVocabulary.ItemTypes.Contains(value))
            {
                type = type == "document" ? value : type;
            }
            else if (variable is null or "note" || value.Length == 0)
            {
                kept.Add(line);
                continue;
            }
            else if (CslVocabulary.NameVariables.Contains(variable))
            {
                if (!item.Names.ContainsKey(variable))
                {
                    names[variable] = [.. names.GetValueOrDefault(variable) ?? [], Name(value)];
                }
            }
            else if (CslVocabulary.DateVariables.Contains(variable))
            {
                dates.TryAdd(variable, CslDateText.Parse(value, out _) ?? new CslDate { Literal = value });
            }
            else
            {
                variables.TryAdd(variable, value);
            }

            read = true;
        }

        if (!read)
        {
            return item;
        }

        var rest = string.Join('\n', kept).Trim();
        if (rest.Length == 0)
        {
            variables.Remove("note");
        }
        else
        {
            variables["note"] = rest;
        }

        return item with { Type = type, Variables = variables, Names = names, Dates = dates };
    }

    /// <summary>"Family || Given" is a person; anything else is one literal name.</summary>
    private static CslName Name(string value)
    {
        var parts = value.Split("||", 2, StringSplitOptions.TrimEntries);
        return parts.Length == 2 ? CslNameParts.Parse(CslName.Person(parts[0], parts[1].Length == 0 ? null : parts[1])) : CslName.Institution(value);
    }

    [GeneratedRegex(@"^\s*\{?:?(?<key>[A-Za-z][A-Za-z-]*[A-Za-z])\s*:\s*(?<value>[^{}]*?)\}?\s*$")]
    private static partial Regex Field();
}
