using SiteBuilder.Build;
using SiteBuilder.Content;
using SiteBuilder.Pdf;
using SiteBuilder.Tests.Support;
using UglyToad.PdfPig;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>The PDF of the repository's essay, printed once by the real Chromium for the tests that read it.</summary>
public sealed class RealPdf : IAsyncLifetime
{
    public BuildResult Build { get; private set; } = null!;

    public byte[] Bytes { get; private set; } = [];

    public PdfDocument Open() => PdfDocument.Open(Bytes);

    public async Task InitializeAsync()
    {
        Build = SiteBuild.Run(SiteSourceLoader.Load(RepositoryRoot.Path), new BuildOptions(Pdf: true));
        Assert.True(Build.Succeeded, string.Join("\n", Build.Diagnostics));
        var export = await PdfExport.RunAsync(Build, Chromium.Path);
        Bytes = Assert.Single(export.Files).Bytes;
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
