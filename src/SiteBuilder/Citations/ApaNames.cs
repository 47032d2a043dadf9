namespace SiteBuilder.Citations;

/// <summary>APA 7 rules for lists of names, in reference entries and in text.</summary>
internal static class ApaNames
{
    /// <summary>"Levine, A., &amp; Heller, R. S. F."; up to 20 names, then the first 19, an ellipsis and the last.</summary>
    public static string ForEntry(IReadOnlyList<PersonName> names)
    {
        var inverted = names.Select(Invert).ToList();
        return inverted.Count switch
        {
            0 => "",
            1 => inverted[0],
            <= 20 => string.Join(", ", inverted.Take(inverted.Count - 1)) + ", & " + inverted[^1],
            _ => string.Join(", ", inverted.Take(19)) + ", . . . " + inverted[^1],
        };
    }

    /// <summary>"Levine, A." or just the family name when there are no given names.</summary>
    public static string Invert(PersonName name)
    {
        var initials = name.Initials();
        return initials.Length == 0 ? name.Family : $"{name.Family}, {initials}";
    }

    /// <summary>"Johnson", "Levine &amp; Heller" (or "and" in running text), "Schnarch et al." for three or more.</summary>
    public static string InText(IReadOnlyList<PersonName> names, bool narrative) => names.Count switch
    {
        0 => "",
        1 => names[0].Family,
        2 => $"{names[0].Family} {(narrative ? "and" : "&")} {names[1].Family}",
        _ => names[0].Family + " et al.",
    };

    /// <summary>"E. Editor (Ed.)" or "A. One &amp; B. Two (Eds.)" for chapters in edited books.</summary>
    public static string Editors(IReadOnlyList<PersonName> names)
    {
        var direct = names.Select(n => n.Initials().Length == 0 ? n.Family : $"{n.Initials()} {n.Family}").ToList();
        var list = direct.Count <= 2 ? string.Join(" & ", direct) : string.Join(", ", direct.Take(direct.Count - 1)) + ", & " + direct[^1];
        return list + (names.Count == 1 ? " (Ed.)" : " (Eds.)");
    }
}
