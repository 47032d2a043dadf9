namespace SiteBuilder.Csl.Data;

/// <summary>
/// A CSL name: a person (family and given names with their particles and suffix) or, with <see cref="Literal"/>,
/// an institution or group whose name is never split or inverted.
/// </summary>
public sealed record CslName
{
    public string? Family { get; init; }

    public string? Given { get; init; }

    public string? Suffix { get; init; }

    /// <summary>A particle dropped when the name is inverted ("de" in "Gaulle, Charles de").</summary>
    public string? DroppingParticle { get; init; }

    /// <summary>A particle kept with the family name ("van" in "van Gogh").</summary>
    public string? NonDroppingParticle { get; init; }

    /// <summary>A name that is written exactly as given: an institution or group.</summary>
    public string? Literal { get; init; }

    /// <summary>Whether a comma separates the suffix ("Smith, John, Jr." rather than "Smith, John Jr.").</summary>
    public bool CommaSuffix { get; init; }

    /// <summary>Whether the name is always written family name first (as many East Asian names are).</summary>
    public bool StaticOrdering { get; init; }

    public bool IsLiteral => Literal is not null;

    /// <summary>
    /// Whether the non-dropping particle keeps the space written after its apostrophe ("de' " from "de' Medici"): the
    /// space is kept as the particle's last character, which joining honours (<see cref="JoinParticle"/>).
    /// </summary>
    public bool ParticleKeepsSpace => NonDroppingParticle is { Length: > 0 } particle && particle[^1] == ' ';

    /// <summary>Whether a part of the name carries CSL's rich-text markup ("&lt;i&gt;Doe&lt;/i&gt;").</summary>
    public bool HasMarkup =>
        (Family?.Contains('<') ?? false) || (Given?.Contains('<') ?? false) || (Literal?.Contains('<') ?? false) || (Suffix?.Contains('<') ?? false)
        || (DroppingParticle?.Contains('<') ?? false) || (NonDroppingParticle?.Contains('<') ?? false);

    /// <summary>The name with CSL's markup taken out of each part, for plain text (a page's title, metadata, RIS).</summary>
    public CslName WithoutMarkup() => !HasMarkup ? this : this with
    {
        Family = Plain(Family),
        Given = Plain(Given),
        Literal = Plain(Literal),
        Suffix = Plain(Suffix),
        DroppingParticle = Plain(DroppingParticle),
        NonDroppingParticle = Plain(NonDroppingParticle),
    };

    private static string? Plain(string? part) =>
        part is not null && part.Contains('<') ? Rendering.RichTextOutput.Parse(part).Plain() : part;

    /// <summary>The family name with its non-dropping particle ("van Gogh"), or the literal name.</summary>
    public string FamilyWithParticle =>
        Literal ?? (NonDroppingParticle is { Length: > 0 } particle ? JoinParticle(particle, Family ?? "") : Family ?? "");

    /// <summary>"van Gogh, Vincent Willem", "Gaulle, Charles de", "King, Martin Luther, Jr.", or the literal name.</summary>
    public string Inverted()
    {
        if (Literal is not null || Given is null && DroppingParticle is null)
        {
            return FamilyWithParticle + (Suffix is null ? "" : ", " + Suffix);
        }

        var given = string.Join(' ', new[] { Given, DroppingParticle }.Where(p => !string.IsNullOrEmpty(p)));
        return FamilyWithParticle + ", " + given + (Suffix is null ? "" : ", " + Suffix);
    }

    /// <summary>"Vincent Willem van Gogh", "Charles de Gaulle", "Martin Luther King Jr.", or the literal name.</summary>
    public string Displayed()
    {
        if (Literal is not null)
        {
            return Literal;
        }

        var family = DroppingParticle is { Length: > 0 } dropping ? JoinParticle(dropping, FamilyWithParticle) : FamilyWithParticle;
        var suffix = Suffix is null ? "" : (CommaSuffix ? ", " : " ") + Suffix;
        return StaticOrdering ? family + (Given is null ? "" : " " + Given) + suffix
            : (Given is null ? family : Given + " " + family) + suffix;
    }

    /// <summary>The person as disambiguation compares people: family name with its particle, given names without spaces or periods.</summary>
    public (string Family, string Given) ComparisonKey() => (FamilyWithParticle, LettersOf(Given ?? ""));

    /// <summary>The letters of a text; the text itself when it has nothing else (most given names), so no copy is made.</summary>
    private static string LettersOf(string text)
    {
        var first = 0;
        while (first < text.Length && char.IsLetter(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var letters = new System.Text.StringBuilder(text.Length).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (char.IsLetter(c))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    public static CslName Institution(string name) => new() { Literal = name };

    public static CslName Person(string family, string? given = null) => new() { Family = family, Given = given };

    /// <summary>"d'" and "l'" join the family name without a space ("d'Alembert").</summary>
    internal static string JoinParticle(string particle, string rest) =>
        particle.EndsWith('\'') || particle.EndsWith('’') || particle.EndsWith('-') || particle.EndsWith(' ') ? particle + rest : particle + " " + rest;
}
