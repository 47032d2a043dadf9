using SiteBuilder.Citations;
using SiteBuilder.Import;

namespace SiteBuilder.Tests.Import;

public class ReferenceEntryParserTests
{
    [Fact]
    public void Book_with_two_authors_and_a_note_pointing_to_pages()
    {
        var reference = ReferenceEntryParser.Parse("Levine, A., & Heller, R. S. F. (2010). Attached: The New Science of Adult Attachment and How It Can Help You Find—and Keep—Love. (Examines how attachment styles influence relationship behavior and satisfaction; see pages 70–85.)")!;

        Assert.Equal("book", reference.Type);
        Assert.Equal([new PersonName("Levine", "A."), new PersonName("Heller", "R. S. F.")], reference.Authors);
        Assert.Equal(2010, reference.Year);
        Assert.Equal("Attached: The new science of adult attachment and how it can help you find—and keep—love", reference.Title);
        Assert.Equal("Examines how attachment styles influence relationship behavior and satisfaction.", reference.Annotation);
        Assert.Equal("70–85", reference.Pages);
        Assert.Null(reference.Publisher);
    }

    [Fact]
    public void Journal_article_with_asterisk_markup_keeps_the_journal_in_title_case()
    {
        var reference = ReferenceEntryParser.Parse("Bartholomew, K., & Horowitz, L. M. (1991). *Attachment Styles Among Young Adults: A Test of a Four-Category Model.* Journal of Personality and Social Psychology, 61(2), 226–244. (This study offers a framework. Pages 226-244)")!;

        Assert.Equal("article-journal", reference.Type);
        Assert.Equal("Attachment styles among young adults: A test of a four-category model", reference.Title);
        Assert.Equal("Journal of Personality and Social Psychology", reference.ContainerTitle);
        Assert.Equal(("61", "2", "226–244"), (reference.Volume, reference.Issue, reference.Page));
        Assert.Equal("This study offers a framework.", reference.Annotation);
        Assert.Equal("226–244", reference.Pages);
    }

    [Fact]
    public void Article_without_markup_is_recognised_by_its_journal_details()
    {
        var reference = ReferenceEntryParser.Parse("Smith, J. (2001). A Study of Things. Journal of Stuff, 3, 10-20.")!;

        Assert.Equal(("article-journal", "A study of things", "Journal of Stuff", "3", null, "10–20"), (reference.Type, reference.Title, reference.ContainerTitle, reference.Volume, reference.Issue, reference.Page));
        Assert.Null(reference.Annotation);
    }

    [Fact]
    public void Book_with_a_publisher_keeps_it()
    {
        var reference = ReferenceEntryParser.Parse("Lerner, H. (1995). *The Dance of Intimacy*. HarperCollins.")!;

        Assert.Equal(("book", "The dance of intimacy", "HarperCollins"), (reference.Type, reference.Title, reference.Publisher));
    }

    [Fact]
    public void Line_without_author_and_year_is_not_a_reference()
    {
        Assert.Null(ReferenceEntryParser.Parse("Just a sentence without a year."));
    }

    [Theory]
    [InlineData("Hold Me Tight: Seven Conversations for a Lifetime of Love", "Hold me tight: Seven conversations for a lifetime of love")]
    [InlineData("The Dance of Intimacy", "The dance of intimacy")]
    [InlineData("Why NASA Loves McDonald's iPhone Apps", "Why NASA loves McDonald's iPhone apps")]
    [InlineData("What I Learned: A Four-Category Model", "What I learned: A four-category model")]
    public void Titles_become_sentence_case(string title, string expected)
    {
        Assert.Equal(expected, SentenceCaser.Convert(title));
    }
}
