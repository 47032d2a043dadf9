using SiteBuilder.Cli;
using SiteBuilder.Content;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.IntegrationTests;

public class SmallBuildCollectorTests
{
    [Fact]
    public void This_repositorys_site_is_built_without_collections()
    {
        Assert.True(SmallBuildCollector.IsSmall(SiteSourceLoader.Load(RepositoryRoot.Path)));
    }

    [Theory]
    [InlineData(900_000, true)]
    [InlineData(1_100_000, false)]
    public void A_site_is_small_by_the_size_of_its_content_templates_and_seeds(int size, bool small)
    {
        var (content, template, seed) = (size / 2, size / 4, size - (size / 2) - (size / 4));
        var sources = new SiteSources(
            null,
            [new SourceFile("content/essays/a.md", new string('a', content))],
            [new SourceFile("templates/layouts/base.html", new string('t', template))],
            [],
            [new SourceFile("seeds/a.txt", new string('s', seed))]);

        Assert.Equal(small, SmallBuildCollector.IsSmall(sources));
    }
}
