namespace SiteBuilder.Output;

/// <summary>A link's address as written, the site path it leads to, and its fragment.</summary>
internal sealed record ResolvedUrl(string Url, string Target, string Fragment);
