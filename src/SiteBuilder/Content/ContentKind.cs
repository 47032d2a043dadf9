namespace SiteBuilder.Content;

/// <summary>Whether a content file is an essay (with citations and its own layout) or a plain page.</summary>
public enum ContentKind
{
    Essay,
    Page,
}
