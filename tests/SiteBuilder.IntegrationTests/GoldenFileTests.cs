using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>
/// The real site's key pages against reviewed copies in Golden/. To accept a change, run the tests with
/// UPDATE_GOLDEN=1 and review the diff of Golden/ before committing it.
/// </summary>
public class GoldenFileTests
{
    [Theory]
    [InlineData("essays/when-kindness-turns-to-heartbreak/index.html", "essay.html")]
    [InlineData("references/levine2010/index.html", "reference-levine2010.html")]
    [InlineData("reading-list/index.html", "reading-list.html")]
    [InlineData("references/index.html", "references-index.html")]
    public void Page_matches_its_golden_file(string page, string golden)
    {
        var path = RepositoryRoot.Combine("tests", "SiteBuilder.IntegrationTests", "Golden", golden);
        var actual = RealSite.Page(page);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"no golden file {path}; run with UPDATE_GOLDEN=1 to create it");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
