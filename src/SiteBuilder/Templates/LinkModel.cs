namespace SiteBuilder.Templates;

/// <summary>A titled link; the URL is a path from the site root and is made relative after templating.</summary>
public sealed record LinkModel(string Title, string Url);
