using SiteBuilder.Citations;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Tests.Citations;

public class ReferencesReaderTests
{
    [Fact]
    public void Csl_yaml_fields_and_the_reading_block_are_read()
    {
        var diagnostics = new DiagnosticBag();
        var library = SiteBuilder.Bibliography.BibliographyReader.Read(
            """
            references:
            - id: levine2010
              type: book
              author:
              - family: Levine
                given: Amir
              issued:
                date-parts:
                - [2010, 5]
              title: Attached
              publisher: TarcherPerigee
              DOI: 10.1000/1
              annote: Useful.
              reading:
                theme: attachment
                order: 2
                pages: 70–85
            """, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        var reference = Assert.Single(library.References);
        Assert.Equal(2010, reference.Year);
        Assert.Equal("Amir", reference.Authors[0].Given);
        Assert.Equal(new ReadingInfo("attachment", 2, "70–85"), reference.Reading);
        Assert.Equal("https://doi.org/10.1000/1", reference.DoiUrl);
        Assert.Equal(new SourceLocation("content/references.yaml", 2, 7), reference.Location);
    }

    [Fact]
    public void Unknown_type_is_reported_with_a_suggestion()
    {
        var diagnostics = new DiagnosticBag();
        SiteBuilder.Bibliography.BibliographyReader.Read("references:\n- id: a\n  type: bok\n  title: T\n", diagnostics);

        Assert.Equal("content/references.yaml:3:9: warning SB0103: reference 'a' has the type 'bok', which is not a CSL type (did you mean 'book'?); it is formatted as a document", Assert.Single(diagnostics.ToSortedList()).ToString());
    }

    [Fact]
    public void Missing_title_is_reported_at_the_entry()
    {
        var diagnostics = new DiagnosticBag();
        SiteBuilder.Bibliography.BibliographyReader.Read("references:\n- id: a\n  type: book\n", diagnostics);

        Assert.Equal("content/references.yaml:2:3: error SB0104: reference 'a' needs 'title'", Assert.Single(diagnostics.ToSortedList()).ToString());
    }
}
