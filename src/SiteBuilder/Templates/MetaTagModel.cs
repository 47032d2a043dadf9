namespace SiteBuilder.Templates;

/// <summary>A &lt;meta name content&gt; pair, such as Google Scholar's citation_title.</summary>
public sealed record MetaTagModel(string Name, string Content);
