using SiteBuilder.Diagnostics;
using SiteBuilder.Preview;

namespace SiteBuilder.Tests.Preview;

/// <summary>The error overlay's locations open the file at the line in the editor the author names.</summary>
public class EditorLinksTests
{
    private static readonly Diagnostic Error = Diagnostic.Error("SB0301", new SourceLocation("content/essays/first essay.md", 3, 5), "unknown citation key 'x'");

    [Theory]
    [InlineData("vscode", "vscode://file/site/content/essays/first%20essay.md:3:5")]
    [InlineData("idea", "idea://open?file=/site/content/essays/first%20essay.md&amp;line=3&amp;column=5")]
    [InlineData("myeditor://{path}#{line}", "myeditor:///site/content/essays/first%20essay.md#3")]
    public void Each_location_links_to_its_file_and_line_in_the_named_editor(string editor, string href)
    {
        var html = ErrorOverlay.Render([Error], editor: EditorLinks.For(editor, "/site"));

        Assert.Contains($"href=\"{href}\">content/essays/first essay.md:3:5</a>: error SB0301: unknown citation key &#39;x&#39;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("notepad")]
    public void Without_a_known_editor_the_locations_are_plain_text(string? editor)
    {
        Assert.Null(EditorLinks.For(editor, "/site"));
        Assert.DoesNotContain("<a ", ErrorOverlay.Render([Error], editor: EditorLinks.For(editor, "/site")), StringComparison.Ordinal);
    }
}
