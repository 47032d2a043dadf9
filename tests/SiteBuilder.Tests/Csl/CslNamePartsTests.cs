using SiteBuilder.Csl.Data;

namespace SiteBuilder.Tests.Csl;

public class CslNamePartsTests
{
    [Theory]
    [InlineData("van der Berg", "Anna", "van der", "Berg", null, "Anna")]
    [InlineData("Berg", "Ludwig van", null, "Berg", "van", "Ludwig")]
    [InlineData("Van Dyke", "Dick", null, "Van Dyke", null, "Dick")] // a particle is in lower case
    [InlineData("d'Alembert", "Jean", "d'", "Alembert", null, "Jean")]
    [InlineData("de' Medici", "Lorenzo", "de' ", "Medici", null, "Lorenzo")] // the space written after the apostrophe is kept
    [InlineData("dell’ Acqua", "Anna", "dell’ ", "Acqua", null, "Anna")]
    [InlineData("de", "Anna", null, "de", null, "Anna")] // a family name is never all particle
    [InlineData("Smith", "A. B.", null, "Smith", null, "A. B.")]
    [InlineData("la Fontaine ", "Jean de", "la", "Fontaine", "de", "Jean")]
    [InlineData("Smith", "van", null, "Smith", null, "van")] // nor the given names
    public void Particles_are_the_lower_case_words_at_the_family_names_start_and_the_given_names_end(
        string family, string given, string? nonDropping, string expectedFamily, string? dropping, string expectedGiven)
    {
        var name = CslNameParts.Parse(CslName.Person(family, given));

        Assert.Equal((nonDropping, expectedFamily, dropping, expectedGiven), (name.NonDroppingParticle, name.Family, name.DroppingParticle, name.Given));
    }

    [Theory]
    [InlineData("de' Medici", "de' Medici")]
    [InlineData("d'Alembert", "d'Alembert")]
    [InlineData("van der Berg", "van der Berg")]
    public void A_particle_joins_its_name_as_it_was_written(string family, string expected)
    {
        Assert.Equal(expected, CslNameParts.Parse(CslName.Person(family, "A.")).FamilyWithParticle);
    }

    [Fact]
    public void A_suffix_after_the_given_names_comma_is_taken_apart_and_a_quoted_family_name_is_kept_whole()
    {
        var suffixed = CslNameParts.Parse(CslName.Person("Doe", "John, III"));
        var quoted = CslNameParts.Parse(CslName.Person("\"van Dyke\"", "Dick"));

        Assert.Equal(("III", "John"), (suffixed.Suffix, suffixed.Given));
        Assert.Equal(("van Dyke", null), (quoted.Family, quoted.NonDroppingParticle));
    }
}
