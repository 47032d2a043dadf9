using System.Globalization;
using System.Text;

namespace SiteBuilder.Import;

/// <summary>Writes imported references as content/references.yaml in CSL-YAML, with our reading block.</summary>
public static class ReferencesYamlRenderer
{
    public static string Render(IReadOnlyList<ImportedReference> references)
    {
        var text = new StringBuilder();
        text.Append("# Bibliography in CSL-YAML (the format Pandoc, Quarto and Zotero read).\n");
        text.Append("# 'annote' is the annotation; 'reading' is SiteBuilder's reading-list block (theme, order, pages).\n");
        text.Append("references:\n");
        foreach (var reference in references)
        {
            text.Append("- id: ").Append(reference.Id).Append('\n');
            text.Append("  type: ").Append(reference.Type).Append('\n');
            text.Append("  author:\n");
            foreach (var author in reference.Authors)
            {
                text.Append("  - family: ").Append(YamlText.Scalar(author.Family)).Append('\n');
                if (!string.IsNullOrEmpty(author.Given))
                {
                    text.Append("    given: ").Append(YamlText.Scalar(author.Given)).Append('\n');
                }
            }

            text.Append("  issued:\n    date-parts:\n    - [").Append(reference.Year.ToString(CultureInfo.InvariantCulture)).Append("]\n");
            Field(text, "title", reference.Title);
            Field(text, "container-title", reference.ContainerTitle);
            Field(text, "volume", reference.Volume);
            Field(text, "issue", reference.Issue);
            Field(text, "page", reference.Page);
            Field(text, "publisher", reference.Publisher);
            Field(text, "annote", reference.Annotation);
            if (reference.Pages is not null)
            {
                text.Append("  reading:\n    pages: ").Append(YamlText.Scalar(reference.Pages)).Append('\n');
            }
        }

        return text.ToString();
    }

    private static void Field(StringBuilder text, string key, string? value)
    {
        if (value is not null)
        {
            text.Append("  ").Append(key).Append(": ").Append(YamlText.Scalar(value)).Append('\n');
        }
    }
}
