using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Build;

/// <summary>
/// One small site per diagnostic (after Zola's invalid test sites): each fixture overlays files on the
/// minimal valid site and lists, under "-- expected --", exactly the diagnostics the build must report.
/// </summary>
public class InvalidSiteTests
{
    private static readonly string Folder = RepositoryRoot.Combine("tests", "SiteBuilder.Tests", "Fixtures", "invalid");

    public static TheoryData<string> Fixtures() =>
        new(Directory.GetFiles(Folder, "*.txtar").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Invalid_site_reports_exactly_its_expected_diagnostics(string fixture)
    {
        var files = TestSite.Split(File.ReadAllText(Path.Combine(Folder, fixture + ".txtar")));
        var expected = files.Single(f => f.Path == "expected").Text.Trim().Split('\n');
        var overlay = files.Where(f => f.Path != "expected").ToList();
        var site = TestSite.Split(Sites.Minimal).Where(f => overlay.All(o => o.Path != f.Path)).Concat(overlay);

        var result = TestSite.Build(TestSite.Join(site));

        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
        Assert.Equal(string.Join("\n", expected), string.Join("\n", result.Diagnostics.Select(d => d.ToString())));
    }
}
