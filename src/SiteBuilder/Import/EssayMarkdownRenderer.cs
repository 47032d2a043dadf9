using System.Text;

namespace SiteBuilder.Import;

/// <summary>Turns a plain-text essay into content/essays/&lt;slug&gt;.md: front matter, then headings and paragraphs as Markdown.</summary>
public static class EssayMarkdownRenderer
{
    public static string Render(PlainTextEssay essay, string seedPath)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append("title: ").Append(YamlText.Scalar(essay.Title)).Append('\n');
        var opening = essay.Blocks.FirstOrDefault(b => !b.IsHeading);
        if (opening is not null)
        {
            text.Append("description: ").Append(YamlText.Scalar(SentenceSplitter.Split(opening.Text).First())).Append('\n');
        }

        text.Append("source: ").Append(YamlText.Scalar(seedPath)).Append('\n');
        text.Append("---\n");
        foreach (var block in essay.Blocks)
        {
            text.Append('\n');
            text.Append(block.IsHeading ? "## " : "").Append(MarkdownEscaper.Escape(block.Text)).Append('\n');
        }

        return text.ToString();
    }
}
