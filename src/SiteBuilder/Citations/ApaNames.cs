using SiteBuilder.Csl.Data;

namespace SiteBuilder.Citations;

/// <summary>APA 7 rules for lists of names, in reference entries and in text.</summary>
internal static class ApaNames
{
    /// <summary>"Levine, A., &amp; Heller, R. S. F."; up to 20 names, then the first 19, an ellipsis and the last.</summary>
    public static string ForEntry(IReadOnlyList<CslName> names)
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

    /// <summary>
    /// "Levine, A.", "van Gogh, V.", "Gaulle, C. de", "King, M. L., Jr.", or a group's name as written;
    /// just the family name when there are no given names.
    /// </summary>
    public static string Invert(CslName name)
    {
        if (name.IsLiteral)
        {
            return name.Literal!;
        }

        var initials = name.Initials();
        var given = string.Join(' ', new[] { initials, name.DroppingParticle }.Where(p => !string.IsNullOrEmpty(p)));
        var suffix = name.Suffix is null ? "" : ", " + name.Suffix;
        return given.Length == 0 ? name.FamilyWithParticle + suffix : $"{name.FamilyWithParticle}, {given}{suffix}";
    }

    /// <summary>The name as cited in text: "van Gogh", "Gaulle", a group's full name.</summary>
    public static string Surname(CslName name) => name.IsLiteral ? name.Literal! : name.FamilyWithParticle;

    /// <summary>"Johnson", "Levine &amp; Heller" (or "and" in running text), "Schnarch et al." for three or more.</summary>
    public static string InText(IReadOnlyList<CslName> names, bool narrative) => names.Count switch
    {
        0 => "",
        1 => Surname(names[0]),
        2 => $"{Surname(names[0])} {(narrative ? "and" : "&")} {Surname(names[1])}",
        _ => Surname(names[0]) + " et al.",
    };

    /// <summary>"E. Editor (Ed.)" or "A. One &amp; B. Two (Eds.)" for chapters in edited books.</summary>
    public static string Editors(IReadOnlyList<CslName> names, string singular = "Ed.", string plural = "Eds.")
    {
        var direct = names.Select(Direct).ToList();
        var list = direct.Count <= 2 ? string.Join(" & ", direct) : string.Join(", ", direct.Take(direct.Count - 1)) + ", & " + direct[^1];
        return list + (names.Count == 1 ? $" ({singular})" : $" ({plural})");
    }

    /// <summary>"E. Editor", "V. van Gogh", "M. L. King, Jr.": initials first, as APA writes editors and translators.</summary>
    public static string Direct(CslName name)
    {
        if (name.IsLiteral)
        {
            return name.Literal!;
        }

        var family = name.DroppingParticle is { Length: > 0 } particle ? particle + " " + name.FamilyWithParticle : name.FamilyWithParticle;
        var initials = name.Initials();
        return (initials.Length == 0 ? family : $"{initials} {family}") + (name.Suffix is null ? "" : ", " + name.Suffix);
    }
}
