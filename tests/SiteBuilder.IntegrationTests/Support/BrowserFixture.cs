using PuppeteerSharp;
using SiteBuilder.Output;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>One Chromium and one copy of the real site on disk, shared by the tests of a class.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public IBrowser Browser { get; private set; } = null!;

    public string SiteFolder { get; } = Path.Combine(Path.GetTempPath(), "sitebuilder-browser-" + Guid.NewGuid().ToString("N"));

    public string FileUrl(string path) => new Uri(Path.Combine(SiteFolder, path)).AbsoluteUri;

    public async Task InitializeAsync()
    {
        new DiskSink(SiteFolder).Write(RealSite.Result.Files);
        Browser = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        Directory.Delete(SiteFolder, recursive: true);
    }
}
