using AngleSharp.Html.Dom;

namespace SiteBuilder.Output;

/// <summary>In preview only: adds the script that listens for rebuilds and reloads the page.</summary>
public sealed class LiveReloadRewriter : IHtmlRewriter
{
    /// <summary>The folder of URLs the preview server answers itself; no site file may live there.</summary>
    public const string ReservedFolder = "__sitebuilder/";

    /// <summary>Where the preview server serves the script, from the site root.</summary>
    public const string ScriptUrl = "/" + ReservedFolder + "live-reload.js";

    public void Rewrite(IHtmlDocument document, string pagePath)
    {
        var script = document.CreateElement("script");
        script.SetAttribute("src", ScriptUrl);
        script.SetAttribute("defer", "");
        document.Head!.AppendChild(script);
    }
}
