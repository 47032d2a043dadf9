using System.Diagnostics;
using System.Text.Json;
using SiteBuilder.IntegrationTests.Support;
using SiteBuilder.Output;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.IntegrationTests;

/// <summary>
/// Every page of the real site passes the Nu HTML Checker (vnu.jar from the npm package vnu-jar, on the
/// machine's Java). tests/run-tests.sh installs it into tests/.tools; VNU_JAR may name another copy.
/// </summary>
public class HtmlValidationTests
{
    private static string VnuJar =>
        Environment.GetEnvironmentVariable("VNU_JAR")
        ?? RepositoryRoot.Combine("tests", ".tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public void Every_page_is_valid_html5()
    {
        Assert.True(File.Exists(VnuJar), $"the Nu HTML Checker is not installed at {VnuJar}; run tests/run-tests.sh, which installs it");
        var folder = Path.Combine(Path.GetTempPath(), "sitebuilder-vnu-" + Guid.NewGuid().ToString("N"));
        new DiskSink(folder).Write(RealSite.Result.Files);
        try
        {
            var pages = Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(RealSite.Result.Files.Count(f => f.IsHtml), pages.Count);
            var messages = Validate(pages);
            Assert.True(messages.Count == 0, string.Join("\n", messages));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_checker_reports_invalid_html()
    {
        Assert.True(File.Exists(VnuJar), $"the Nu HTML Checker is not installed at {VnuJar}; run tests/run-tests.sh, which installs it");
        var page = Path.Combine(Path.GetTempPath(), "sitebuilder-vnu-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(page, "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</p></body></html>");
        try
        {
            Assert.NotEmpty(Validate([page]));
        }
        finally
        {
            File.Delete(page);
        }
    }

    private static List<string> Validate(IReadOnlyList<string> pages)
    {
        var start = new ProcessStartInfo("java", ["-jar", VnuJar, "--format", "json", .. pages])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var report = process.StandardError.ReadToEnd();
        process.WaitForExit();
        _ = stdout.Result;
        using var json = JsonDocument.Parse(report);
        return json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error" || m.TryGetProperty("subType", out var sub) && sub.GetString() == "warning")
            .Select(m => $"{m.GetProperty("url").GetString()}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
