namespace SiteBuilder.Csl.Data;

/// <summary>
/// What CSL processors do when a name does not say <c>parse-names: false</c>: lower-case words that open the
/// family name become its non-dropping particle ("van der Berg"), lower-case words that end the given names a
/// dropping particle ("Ludwig van"), and ", Jr." after the given names a suffix.
/// </summary>
public static class CslNameParts
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV", "V" };

    public static CslName Parse(CslName name)
    {
        if (name.IsLiteral)
        {
            return name;
        }

        if (name.Family is { Length: > 1 } quoted && quoted[0] == '"' && quoted[^1] == '"')
        {
            return name with { Family = quoted[1..^1] }; // a family name in quotes is taken as it is: "Van Dyke"
        }

        var result = name;
        // most names are one word each, or have no word in lower case: they are passed through without being split
        if (name.NonDroppingParticle is null && name.Family is { } family && !family.Contains(' '))
        {
            if (family.Length > 0 && ApostropheParticle(family) is { } split)
            {
                result = result with { NonDroppingParticle = split.Particle, Family = split.Family };
            }
        }
        else if (name.NonDroppingParticle is null && name.Family is { } spaced)
        {
            var words = spaced.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var particles = 0;
            while (particles < words.Length - 1 && IsParticle(words[particles]))
            {
                particles++;
            }

            if (particles > 0)
            {
                // a particle that ends in an apostrophe runs into the name ("d'Alembert") unless a space was written
                // after it ("de' Medici"): the space is kept as the particle's last character
                var particle = string.Join(' ', words[..particles]);
                result = result with { NonDroppingParticle = particle[^1] is '\'' or '’' ? particle + " " : particle, Family = string.Join(' ', words[particles..]) };
            }
            else if (words.Length == 1 && ApostropheParticle(spaced) is { } split)
            {
                result = result with { NonDroppingParticle = split.Particle, Family = split.Family };
            }
        }

        if (name.Given is { } given)
        {
            // "John, III" has a suffix; "John,! Jr." one that keeps its comma in display ("John Doe, Jr.")
            var comma = given.LastIndexOf(',');
            var rest = comma > 0 ? given[(comma + 1)..] : "";
            var keepComma = rest.StartsWith('!');
            if (name.Suffix is null && comma > 0 && Suffixes.Contains(rest.TrimStart('!').Trim()))
            {
                result = result with { Suffix = rest.TrimStart('!').Trim(), Given = given[..comma].Trim(), CommaSuffix = keepComma };
                given = result.Given!;
            }

            if (name.DroppingParticle is null && given.Contains(' '))
            {
                var words = given.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var particles = 0;
                while (particles < words.Length - 1 && IsParticle(words[words.Length - 1 - particles]))
                {
                    particles++;
                }

                if (particles > 0)
                {
                    result = result with { DroppingParticle = string.Join(' ', words[^particles..]), Given = string.Join(' ', words[..^particles]) };
                }
            }
        }

        return result;
    }

    /// <summary>A particle is a word in lower case: "van", "de", "von", "der", "la", "d'".</summary>
    private static bool IsParticle(string word) => word.Length > 0 && char.IsLower(word[0]) && !word.Contains('.');

    /// <summary>"d'Alembert" as "d'" and "Alembert".</summary>
    private static (string Particle, string Family)? ApostropheParticle(string family)
    {
        var hyphen = family.IndexOf('-');
        if (hyphen is > 0 and <= 3 && family[..hyphen].All(char.IsLower) && hyphen + 1 < family.Length && char.IsUpper(family[hyphen + 1]))
        {
            return (family[..(hyphen + 1)], family[(hyphen + 1)..]); // "al-One"
        }

        var at = family.IndexOfAny(['\'', '’']);
        return at is 1 or 2 && char.IsLower(family[0]) && at + 1 < family.Length && char.IsUpper(family[at + 1])
            ? (family[..(at + 1)], family[(at + 1)..])
            : null;
    }
}
