using System.Text.RegularExpressions;
using SiteBuilder.Tests.Support;

namespace SiteBuilder.Tests.Architecture;

/// <summary>Dependencies inside the core library run one way, from Diagnostics up to Build, as DESIGN.md sets out.</summary>
public partial class LayeringTests
{
    private static readonly string[] Layers =
        ["Diagnostics", "Yaml", "Configuration", "Content", "Citations", "Import", "Markdown", "Templates", "Output", "Checks", "Build"];

    public static TheoryData<string> Folders() => new(Layers);

    [Theory]
    [MemberData(nameof(Folders))]
    public void A_stage_uses_only_the_stages_below_it(string folder)
    {
        var rank = Array.IndexOf(Layers, folder);
        var upward = new List<string>();
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("src", "SiteBuilder", folder), "*.cs"))
        {
            var text = File.ReadAllText(file);
            var used = Qualified().Matches(text).Select(m => m.Groups["ns"].Value)
                .Concat(Relative().Matches(text).Select(m => m.Groups["ns"].Value))
                .Where(Layers.Contains)
                .Distinct();
            upward.AddRange(used.Where(ns => Array.IndexOf(Layers, ns) > rank).Select(ns => $"{Path.GetFileName(file)} uses {ns}"));
        }

        Assert.Empty(upward);
    }

    [Fact]
    public void The_core_knows_nothing_of_the_server_the_browser_or_the_command_line()
    {
        var offending = Directory.GetFiles(RepositoryRoot.Combine("src", "SiteBuilder"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => Outer().IsMatch(File.ReadAllText(f)))
            .ToList();

        Assert.Empty(offending);
    }

    [GeneratedRegex(@"\bSiteBuilder\.(?<ns>\w+)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"(?<![.\w])(?<ns>Diagnostics|Yaml|Configuration|Content|Citations|Import|Markdown|Templates|Output|Checks|Build)\.[A-Z]")]
    private static partial Regex Relative();

    [GeneratedRegex(@"SiteBuilder\.(Preview|Pdf|Cli)\b|PuppeteerSharp|Microsoft\.AspNetCore")]
    private static partial Regex Outer();
}
