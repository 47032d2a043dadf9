using SiteBuilder.Content;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Content;

public class SitePathsTests
{
    [Theory]
    [InlineData("levine2010")]
    [InlineData("smithHistory2019")]
    [InlineData("van_der_berg-2001")]
    [InlineData("smith.2019")]
    public void Safe_reference_ids_are_their_own_path_segment(string id) =>
        Assert.Equal($"/references/{id}/", SitePaths.Reference(id));

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("doi:10.1000/xyz")]
    [InlineData("a b")]
    [InlineData("x?y#z")]
    [InlineData("<script>")]
    [InlineData("ünï")]
    [InlineData("trailing.")]
    public void Other_ids_become_one_safe_segment_that_keeps_them_apart(string id)
    {
        var segment = SitePaths.ReferenceSegment(id);

        Assert.Matches("^[a-z0-9][a-z0-9-]*-[0-9a-f]{8}$", segment);
        Assert.NotEqual(SitePaths.ReferenceSegment(id + "x"), segment);
    }

    [Fact]
    public void A_library_with_hostile_ids_builds_pages_inside_references_and_nothing_overwrites_the_index()
    {
        var hostile = """
            - id: "."
              type: book
              author:
              - family: Dot
                given: A.
              issued: 2001
              title: Dot
              publisher: P
              annote: A.
            - id: "../escape"
              type: book
              author:
              - family: Escape
                given: A.
              issued: 2002
              title: Escape
              publisher: P
              annote: A.
            """;
        var site = Sites.Minimal.Replace("references:\n", "references:\n" + hostile + "\n", StringComparison.Ordinal)
            .Replace("description: It is short.", "description: It is short.\nnocite: ['*']", StringComparison.Ordinal);

        var result = TestSite.Build(site);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.All(result.Files, f => Assert.DoesNotContain("..", f.Path.Split('/')));
        Assert.Equal(result.Files.Count, result.Files.Select(f => f.Path).Distinct().Count());
        Assert.Contains("Levine", result.Find("references/index.html")!.Text);
        Assert.Contains(result.Files, f => f.Path == $"references/{SitePaths.ReferenceSegment("../escape")}/index.html");
    }
}
