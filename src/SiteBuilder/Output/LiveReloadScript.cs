namespace SiteBuilder.Output;

/// <summary>The preview's live-reload script: where the server answers it, which no site file may claim.</summary>
public static class LiveReloadScript
{
    /// <summary>The folder of URLs the preview server answers itself; no site file may live there.</summary>
    public const string ReservedFolder = "__sitebuilder/";

    /// <summary>Where the preview server serves the script, from the site root.</summary>
    public const string Url = "/" + ReservedFolder + "live-reload.js";
}
