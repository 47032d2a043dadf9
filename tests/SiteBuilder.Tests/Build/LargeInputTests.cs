using System.Text;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

/// <summary>No output is ever shorter than its sources: pages far past 1 MiB arrive whole.</summary>
public class LargeInputTests
{
    [Fact]
    public void A_five_megabyte_page_arrives_whole()
    {
        var image = Convert.ToBase64String(Enumerable.Range(0, 3_900_000).Select(i => (byte)(i * 31 % 251)).ToArray());
        var site = Sites.Minimal.Replace("Welcome.", $"Welcome.\n\n![A pasted picture](data:image/png;base64,{image})\n\nThe last paragraph.", StringComparison.Ordinal);

        var result = TestSite.Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Find("index.html")!.Text;
        Assert.True(page.Length > 5_000_000, $"the page has {page.Length} characters");
        Assert.Contains(image, page);
        Assert.Contains("The last paragraph.", page);
        Assert.EndsWith("</html>\n", page);
    }

    [Fact]
    public void A_library_of_ten_thousand_references_is_listed_whole_in_the_index_and_the_reading_list()
    {
        const int count = 10_000;
        var references = new StringBuilder("-- content/references.yaml --\nreferences:\n");
        for (var i = 0; i < count; i++)
        {
            references.Append(CultureInvariant($"- id: work{i:D5}\n  type: book\n  author:\n  - family: Writer{i:D5}\n    given: A.\n  issued: {1950 + (i % 70)}\n  title: A generated work on care, number {i}\n  publisher: Example Press\n  annote: Note {i}.\n  reading:\n    pages: 1–10\n"));
        }

        var essay = Sites.Essay.Replace("description: It is short.", "description: It is short.\nnocite: ['*']", StringComparison.Ordinal)
            .Replace("[@levine2010, pp. 70–85]", "[@work00001, pp. 70–85]", StringComparison.Ordinal)
            .Replace("@johnson2008 [p. 3]", "@work00002 [p. 3]", StringComparison.Ordinal);
        var result = TestSite.Build(string.Join("\n", Sites.Config, references.ToString(), essay, Sites.Pages));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));
        var index = result.Find("references/index.html")!.Text;
        var readingList = result.Find("reading-list/index.html")!.Text;
        Assert.True(Encoding.UTF8.GetByteCount(index) > 2 * 1024 * 1024, "the index is well past 1 MiB");
        Assert.Equal(count, Count(index, "Writer"));
        Assert.Equal(count, Count(readingList, "id=\"read-work"));
        Assert.Contains("Writer09999", index);
        Assert.EndsWith("</html>\n", index);
        Assert.Equal(count, result.Files.Count(f => f.Path.StartsWith("references/work", StringComparison.Ordinal) && f.Path.EndsWith("/index.html", StringComparison.Ordinal)));

        // the long lists' exports, joined from each work's own files, are whole and read back as the works they list
        foreach (var list in new[] { "references/references", "reading-list/reading-list" })
        {
            Assert.Equal(count, Count(result.Find(list + ".bib")!.Text, "@book{"));
            Assert.Equal(count, Count(result.Find(list + ".ris")!.Text, "ER  - \n"));
            var json = System.Text.Json.JsonDocument.Parse(result.Find(list + ".json")!.Bytes);
            Assert.Equal(count, json.RootElement.GetArrayLength());
        }

        var library = SiteBuilder.Bibliography.BibliographyReader.Read(references.ToString().Split('\n', 2)[1], new SiteBuilder.Diagnostics.DiagnosticBag());
        var byId = library.References.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var inListOrder = Ids(result.Find("references/references.json")!.Bytes).Select(id => byId[id]).ToList();
        Assert.Equal(SiteBuilder.Citations.BibTeXRenderer.Render(inListOrder), result.Find("references/references.bib")!.Text);
    }

    private static IEnumerable<string> Ids(byte[] json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().Select(item => item.GetProperty("id").GetString()!);

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static int Count(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
