namespace SiteBuilder.Content;

/// <summary>An essay or page after assembly: its front matter, Markdown body, and the URL and layout it gets.</summary>
public sealed record ContentItem(
    SourceFile Source,
    ContentKind Kind,
    FrontMatter Meta,
    string Body,
    string Slug,
    string Url,
    string Layout)
{
    /// <summary>The output file: "essays/x/index.html" for "/essays/x/", the path itself for "/404.html".</summary>
    public string OutputPath => SitePaths.OutputPathFor(Url);
}
