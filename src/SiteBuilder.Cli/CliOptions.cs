using System.CommandLine;

namespace SiteBuilder.Cli;

/// <summary>The options that several commands share, each defined once.</summary>
internal sealed class CliOptions
{
    public Option<DirectoryInfo> Source { get; } = new("--source", "-s")
    {
        Description = "The site folder (holding site.yaml, content/ and templates/)",
        DefaultValueFactory = _ => new DirectoryInfo("."),
    };

    public Option<DirectoryInfo?> Output { get; } = new("--output", "-o") { Description = "Where to write the site (default: <source>/_site)" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include pages marked draft: true" };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Print only problems: no progress and no summary" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat every warning as an error (for publishing)" };

    public Option<string?> BaseUrl { get; } = CreateBaseUrl();

    public Option<string?> Chromium { get; } = new("--chromium") { Description = "The Chromium to print with (default: SITEBUILDER_CHROMIUM, PATH, /usr/bin/chromium)" };

    private static Option<string?> CreateBaseUrl()
    {
        var option = new Option<string?>("--base-url") { Description = "Override base_url from site.yaml, e.g. where CI publishes the site" };
        option.Validators.Add(CliApplication.ValidateBaseUrl);
        return option;
    }
}
