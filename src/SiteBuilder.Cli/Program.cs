using System.Globalization;
using System.CommandLine;
using SiteBuilder.Cli;

// Output must not depend on the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var source = new Option<DirectoryInfo>("--source", "-s")
{
    Description = "The site folder (holding site.yaml, content/ and templates/)",
    DefaultValueFactory = _ => new DirectoryInfo("."),
};
var output = new Option<DirectoryInfo?>("--output", "-o") { Description = "Where to write the site (default: <source>/_site)" };
var drafts = new Option<bool>("--drafts") { Description = "Include pages marked draft: true" };
var force = new Option<bool>("--force") { Description = "Overwrite existing content files" };
var seed = new Argument<FileInfo>("seed") { Description = "The plain-text seed, such as seeds/essay.txt" };

var strict = new Option<bool>("--strict") { Description = "Treat every warning as an error (for publishing)" };
var baseUrl = new Option<string?>("--base-url") { Description = "Override base_url from site.yaml, e.g. where CI publishes the site" };
var pdf = new Option<bool>("--pdf") { Description = "Also print each essay to PDF beside its page (needs Chromium)" };
var chromium = new Option<string?>("--chromium") { Description = "The Chromium to print with (default: SITEBUILDER_CHROMIUM, PATH, /usr/bin/chromium)" };
var build = new Command("build", "Build the site into the output folder; the previous site stays until a build succeeds") { source, output, drafts, pdf, chromium, strict, baseUrl };
build.SetAction((result, _) => BuildCommand.RunAsync(
    new BuildRequest(result.GetValue(source)!, result.GetValue(output), result.GetValue(drafts), result.GetValue(pdf), result.GetValue(chromium), result.GetValue(strict), result.GetValue(baseUrl)),
    Console.Out,
    Console.Error));

var pdfCommand = new Command("pdf", "Build the site and print each essay to a PDF beside its page (the same as build --pdf)") { source, output, chromium, strict, baseUrl };
pdfCommand.SetAction((result, _) => BuildCommand.RunAsync(
    new BuildRequest(result.GetValue(source)!, result.GetValue(output), Pdf: true, Chromium: result.GetValue(chromium), Strict: result.GetValue(strict), BaseUrl: result.GetValue(baseUrl)),
    Console.Out,
    Console.Error));

var check = new Command("check", "Build in memory and report every problem (links, anchors, ids, alt text, headings, citations, references), writing nothing") { source, drafts, strict, baseUrl };
check.SetAction(result => CheckCommand.Run(
    new BuildRequest(result.GetValue(source)!, Drafts: result.GetValue(drafts), Strict: result.GetValue(strict), BaseUrl: result.GetValue(baseUrl)), Console.Out, Console.Error));

var import = new Command("import", "Turn a plain-text seed into content/essays/<slug>.md and content/references.yaml") { seed, source, force };
import.SetAction(result => ImportCommand.Run(result.GetValue(seed)!, result.GetValue(source)!, result.GetValue(force), Console.Out, Console.Error));

var host = new Option<string>("--host")
{
    Description = "The address to listen on; anything but 127.0.0.1 exposes the preview to other machines",
    DefaultValueFactory = _ => "127.0.0.1",
};
var port = new Option<int>("--port", "-p") { Description = "The port to listen on", DefaultValueFactory = _ => 4000 };
var serve = new Command("serve", "Preview the site with live reload; rebuilds in memory whenever a source changes") { source, host, port };
serve.SetAction((result, cancellation) => ServeCommand.RunAsync(result.GetValue(source)!, result.GetValue(host)!, result.GetValue(port), Console.Out, Console.Error, cancellation));

var root = new RootCommand("SiteBuilder: a static site generator for essays with citations, reference pages and a reading list")
{
    build,
    pdfCommand,
    serve,
    check,
    import,
};
return await root.Parse(args).InvokeAsync();
