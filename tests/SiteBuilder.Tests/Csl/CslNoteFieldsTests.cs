using SiteBuilder.Csl.Data;

namespace SiteBuilder.Tests.Csl;

/// <summary>Variables carried in the note field, as Zotero's "Extra" writes them.</summary>
public class CslNoteFieldsTests
{
    [Fact]
    public void Lines_naming_csl_variables_fill_missing_variables_and_leave_the_note()
    {
        var item = CslJson.ReadItem(System.Text.Json.JsonDocument.Parse("""
            {"id": "a", "type": "book", "title": "T", "publisher": "Kept",
             "note": "original-date: 1850\nContainer-Title-Short: Short\npublisher: Ignored\ntranslator: Frost || Robert\ntranslator: Acme Translations\nA remark: with a colon.\n{:collection-title: Series}"}
            """).RootElement);

        Assert.Equal("Short", item["container-title-short"]);
        Assert.Equal("Series", item["collection-title"]);
        Assert.Equal("Kept", item["publisher"]);
        Assert.Equal(1850, item.DateOf("original-date")!.Parts[0].Year);
        Assert.Equal(["Frost", null], item.NamesOf("translator").Select(n => n.Family));
        Assert.Equal("Acme Translations", item.NamesOf("translator")[1].Literal);
        Assert.Equal("A remark: with a colon.", item["note"]);
    }

    [Fact]
    public void A_note_of_prose_is_left_alone()
    {
        var item = new CslItem("a", "book") { Variables = new Dictionary<string, string> { ["note"] = "Note: see the second edition." } };

        Assert.Same(item, CslNoteFields.Apply(item));
    }
}
