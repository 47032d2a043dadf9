using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using SiteBuilder.Output;

namespace SiteBuilder.Preview;

/// <summary>Answers every request of the preview: site files from memory, the live-reload script and its event stream.</summary>
/// <param name="idle">Told of each request but the event streams, to collect garbage when the server is quiet.</param>
internal sealed class PreviewRequestHandler(PreviewSite site, ReloadHub hub, CancellationToken stopping, EditorLinks? editor = null, IdleCollection? idle = null)
{
    private const string EventsPath = "/" + LiveReloadScript.ReservedFolder + "events";
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly byte[] script = ReadScript();

    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-cache, no-store, must-revalidate";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        var path = context.Request.Path.Value ?? "/";

        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (path == EventsPath)
        {
            await StreamEventsAsync(context);
            return;
        }

        idle?.RequestStarted();
        try
        {
            await AnswerAsync(context, path);
        }
        finally
        {
            idle?.RequestAnswered();
        }
    }

    private async Task AnswerAsync(HttpContext context, string path)
    {
        if (path == LiveReloadScript.Url)
        {
            await SendAsync(context, 200, "text/javascript; charset=utf-8", script);
            return;
        }

        var sitePath = RequestPath.ToSitePath(path);
        if (sitePath is null)
        {
            await SendAsync(context, 400, "text/plain; charset=utf-8", Utf8.GetBytes("400 Bad Request: this path is not part of the site\n"));
            return;
        }

        await ServeFileAsync(context, path, sitePath);
    }

    private async Task ServeFileAsync(HttpContext context, string requestPath, string sitePath)
    {
        var snapshot = site.Current;
        if (snapshot.Files.TryGetValue(sitePath, out var file))
        {
            await SendAsync(context, 200, MediaTypes.For(sitePath), Body(file, snapshot));
            return;
        }

        if (snapshot.Files.ContainsKey(sitePath + "/index.html"))
        {
            // Relative links need the trailing slash, so /about becomes /about/.
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = requestPath + "/" + context.Request.QueryString;
            return;
        }

        if (snapshot.Version == 0)
        {
            // The first build is still running: a page that says so, and reloads when the site is built.
            var building = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"sitebuilder-version\" content=\"0\"><title>Building the site…</title><script src=\"{LiveReloadScript.Url}\" defer></script></head><body><p>Building the site… This page loads it as soon as it is built.</p></body></html>";
            context.Response.Headers.RetryAfter = "1";
            await SendAsync(context, 503, "text/html; charset=utf-8", Utf8.GetBytes(building));
            return;
        }

        if (snapshot.Files.Count == 0 && snapshot.HasErrors)
        {
            // No build has succeeded yet: a bare page that shows the errors and reloads when they are fixed.
            var page = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title><script src=\"{LiveReloadScript.Url}\" defer></script></head><body></body></html>";
            await SendAsync(context, 500, "text/html; charset=utf-8", Utf8.GetBytes(ErrorOverlay.InsertInto(page, snapshot.Diagnostics, behind: false, editor)));
            return;
        }

        var notFound = snapshot.Files.GetValueOrDefault("404.html");
        var body = notFound is null ? Utf8.GetBytes("404 Not Found\n") : Body(notFound, snapshot);
        await SendAsync(context, 404, notFound is null ? "text/plain; charset=utf-8" : "text/html; charset=utf-8", body);
    }

    /// <summary>
    /// The file as served. Pages carry the version they come from, so a page that connects after a rebuild it
    /// missed reloads; while the latest build has errors, pages carry the overlay.
    /// </summary>
    private byte[] Body(OutputFile file, PreviewSnapshot snapshot)
    {
        if (!file.IsHtml)
        {
            return file.Bytes;
        }

        var html = file.Text;
        var head = html.IndexOf("<head>", StringComparison.Ordinal);
        if (head >= 0)
        {
            html = html.Insert(head + "<head>".Length, $"<meta name=\"sitebuilder-version\" content=\"{snapshot.Version.ToString(CultureInfo.InvariantCulture)}\">");
        }

        return Utf8.GetBytes(snapshot.HasErrors ? ErrorOverlay.InsertInto(html, snapshot.Diagnostics, editor: editor) : html);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var reader = hub.Subscribe();
        try
        {
            await response.WriteAsync(": connected\n\n" + new ServerEvent("hello", site.Current.Version.ToString(CultureInfo.InvariantCulture)).ToWire(), linked.Token);
            await response.Body.FlushAsync(linked.Token);
            while (true)
            {
                using var heartbeat = CancellationTokenSource.CreateLinkedTokenSource(linked.Token);
                heartbeat.CancelAfter(TimeSpan.FromSeconds(15));
                string wire;
                try
                {
                    wire = (await reader.ReadAsync(heartbeat.Token)).ToWire();
                }
                catch (OperationCanceledException) when (!linked.IsCancellationRequested)
                {
                    wire = ": heartbeat\n\n";
                }

                await response.WriteAsync(wire, linked.Token);
                await response.Body.FlushAsync(linked.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // the page went away, or the server is stopping
        }
        finally
        {
            hub.Unsubscribe(reader);
        }
    }

    private static async Task SendAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body);
        }
    }

    private static byte[] ReadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("live-reload.js")
            ?? throw new InvalidOperationException("live-reload.js is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
