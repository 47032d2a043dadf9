using System.Net;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using SiteBuilder.Output;

namespace SiteBuilder.Pdf;

/// <summary>
/// Prints laid-out essays to PDF in one headless Chromium. Pages load from memory through request
/// interception on a private origin, so nothing is written to disk and nothing goes to the network.
/// </summary>
public sealed class PdfPrinter : IAsyncDisposable
{
    private const string Origin = "http://sitebuilder.print.invalid/";
    private readonly IBrowser browser;
    private readonly CancellationTokenRegistration onCancel;

    private PdfPrinter(IBrowser browser, CancellationToken cancel)
    {
        this.browser = browser;
        onCancel = cancel.Register(() => ChromiumLauncher.Kill(browser)); // an interrupted export leaves no browser running
    }

    /// <summary>Starts Chromium; when <paramref name="cancel"/> is cancelled, it is killed at once, with its profile.</summary>
    public static async Task<PdfPrinter> StartAsync(string chromiumPath, CancellationToken cancel = default)
    {
        var browser = await ChromiumLauncher.LaunchAsync(chromiumPath);
        if (cancel.IsCancellationRequested)
        {
            ChromiumLauncher.Kill(browser);
            cancel.ThrowIfCancellationRequested();
        }

        return new PdfPrinter(browser, cancel);
    }

    /// <summary>The PDF of <paramref name="document"/>, with its assets taken from <paramref name="siteFiles"/>.</summary>
    public async Task<byte[]> PrintAsync(PrintDocument document, Func<string, byte[]?> siteFiles)
    {
        await using var page = await browser.NewPageAsync();
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) => await AnswerAsync(e.Request, document, siteFiles);
        await page.GoToAsync(Origin + document.HtmlPath, WaitUntilNavigation.Load);
        await page.EmulateMediaTypeAsync(MediaType.Print);
        var pdf = await page.PdfDataAsync(Options(document));
        return PdfInfoUpdater.Apply(pdf, document.Metadata);
    }

    public async ValueTask DisposeAsync()
    {
        await onCancel.DisposeAsync();
        if (!browser.IsClosed && browser.Process is not { HasExited: true })
        {
            await browser.CloseAsync();
        }
    }

    private static PdfOptions Options(PrintDocument document)
    {
        var settings = document.Settings;
        return new PdfOptions
        {
            Format = settings.Paper == "Letter" ? PaperFormat.Letter : PaperFormat.A4,
            MarginOptions = new MarginOptions { Top = settings.MarginTop, Right = settings.MarginRight, Bottom = settings.MarginBottom, Left = settings.MarginLeft },
            PrintBackground = false,
            Tagged = true,
            Outline = true,
            WaitForFonts = true,
            // the running header and footer are the print stylesheet's page margin boxes, which can leave page 1 bare
            DisplayHeaderFooter = false,
            PreferCSSPageSize = false,
        };
    }

    private static Task AnswerAsync(IRequest request, PrintDocument document, Func<string, byte[]?> siteFiles)
    {
        var url = request.Url;
        if (!url.StartsWith(Origin, StringComparison.Ordinal))
        {
            return request.AbortAsync(); // the print layout must not reach the network
        }

        var path = Uri.UnescapeDataString(new Uri(url).AbsolutePath.TrimStart('/'));
        if (path == document.HtmlPath)
        {
            return request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = "text/html; charset=utf-8", Body = document.Html });
        }

        return siteFiles(path) is { } bytes
            ? request.RespondAsync(new ResponseData { Status = HttpStatusCode.OK, ContentType = MediaTypes.For(path), BodyData = bytes })
            : request.RespondAsync(new ResponseData { Status = HttpStatusCode.NotFound, Body = "" });
    }
}
