using System.CommandLine;

namespace SiteBuilder.Cli;

/// <summary>The definitions of the commands: their options and what each runs.</summary>
internal static class CliCommands
{
    public static Command Build(CliOptions o, TextWriter stdout, TextWriter stderr)
    {
        var pdf = new Option<bool>("--pdf") { Description = "Also print each essay to PDF beside its page (needs Chromium)" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each phase of the build took" };
        var publish = new Option<bool>("--publish") { Description = "Build for publishing: strict, and refused without the real address the site is published at (base_url or --base-url)" };
        var command = new Command("build", "Build the site into the output folder; the previous site stays until a build succeeds")
        {
            o.Source, o.Output, o.Drafts, pdf, o.Chromium, o.Strict, o.BaseUrl, timings, publish, o.Quiet,
        };
        command.SetAction((r, _) => BuildCommand.RunAsync(
            new BuildRequest(r.GetValue(o.Source)!, r.GetValue(o.Output), r.GetValue(o.Drafts), r.GetValue(pdf), r.GetValue(o.Chromium), r.GetValue(o.Strict), r.GetValue(o.BaseUrl), Timings: r.GetValue(timings) || r.GetValue<bool>("--verbose"), Publish: r.GetValue(publish), Quiet: r.GetValue(o.Quiet)),
            stdout,
            stderr));
        return command;
    }

    public static Command Pdf(CliOptions o, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("pdf", "Build the site and print each essay to a PDF beside its page (the same as build --pdf)")
        {
            o.Source, o.Output, o.Chromium, o.Strict, o.BaseUrl, o.Quiet,
        };
        command.SetAction((r, _) => BuildCommand.RunAsync(
            new BuildRequest(r.GetValue(o.Source)!, r.GetValue(o.Output), Pdf: true, Chromium: r.GetValue(o.Chromium), Strict: r.GetValue(o.Strict), BaseUrl: r.GetValue(o.BaseUrl), Timings: r.GetValue<bool>("--verbose"), Quiet: r.GetValue(o.Quiet)),
            stdout,
            stderr));
        return command;
    }

    public static Command Check(CliOptions o, TextWriter stdout, TextWriter stderr)
    {
        var publish = new Option<bool>("--publish") { Description = "Check as the deploy build does: strict, and the site's real address required" };
        var command = new Command("check", "Build in memory and report every problem (links, anchors, ids, alt text, headings, citations, references), writing nothing")
        {
            o.Source, o.Drafts, o.Strict, o.BaseUrl, publish,
        };
        command.SetAction(r => CheckCommand.Run(
            new BuildRequest(r.GetValue(o.Source)!, Drafts: r.GetValue(o.Drafts), Strict: r.GetValue(o.Strict), BaseUrl: r.GetValue(o.BaseUrl), Publish: r.GetValue(publish)), stdout, stderr));
        return command;
    }

    public static Command New(TextWriter stdout, TextWriter stderr)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Where to make the new site (a new or empty folder)" };
        var command = new Command("new", "Make a working site to start from: settings, templates, an example essay with citations, and its pages") { folder };
        command.SetAction(r => NewCommand.Run(r.GetValue(folder)!, stdout, stderr));
        return command;
    }

    public static Command Import(CliOptions o, TextWriter stdout, TextWriter stderr)
    {
        var seed = new Argument<FileInfo>("seed") { Description = "The plain-text seed, such as seeds/essay.txt" };
        var force = new Option<bool>("--force") { Description = "Overwrite existing content files" };
        var command = new Command("import", "Turn a plain-text seed into content/essays/<slug>.md and content/references.yaml") { seed, o.Source, force };
        command.SetAction(r => ImportCommand.Run(r.GetValue(seed)!, r.GetValue(o.Source)!, r.GetValue(force), stdout, stderr));
        return command;
    }

    public static Command Serve(CliOptions o, TextWriter stdout, TextWriter stderr)
    {
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on; anything but 127.0.0.1 exposes the preview to other machines",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port to listen on (0 picks a free one)",
            DefaultValueFactory = _ => 4000,
            // one message for a value that is out of range or no number at all (the parser's own names a .NET type)
            CustomParser = r =>
            {
                var text = r.Tokens.LastOrDefault()?.Value ?? "";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= 65535)
                {
                    return value;
                }

                r.AddError($"--port must be a number from 0 to 65535, not {(int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : $"'{text}'")}");
                return 0;
            },
        };
        var editor = new Option<string?>("--editor") { Description = "Link the error overlay's locations to your editor: vscode, cursor, idea, subl, zed, … (default: SITEBUILDER_EDITOR)" };
        var command = new Command("serve", "Preview the site with live reload; rebuilds in memory whenever a source changes") { o.Source, host, port, editor };
        command.SetAction((r, cancellation) => ServeCommand.RunAsync(r.GetValue(o.Source)!, r.GetValue(host)!, r.GetValue(port), stdout, stderr, cancellation, r.GetValue(editor), r.GetValue<bool>("--verbose")));
        return command;
    }
}
