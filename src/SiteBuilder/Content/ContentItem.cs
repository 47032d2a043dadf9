namespace SiteBuilder.Content;

/// <summary>An essay or page after assembly: its front matter, the URL and layout it gets, and its Markdown body on demand.</summary>
public sealed record ContentItem(
    SourceFile Source,
    ContentKind Kind,
    FrontMatter Meta,
    string Slug,
    string Url,
    string Layout)
{
    /// <summary>
    /// The Markdown body, front matter blanked to empty lines so positions stay true. Made when asked (once, by
    /// the render phase) rather than kept, so a large site does not hold every body twice.
    /// </summary>
    public string Body => FrontMatterSplitter.Body(Source);

    /// <summary>The output file: "essays/x/index.html" for "/essays/x/", the path itself for "/404.html".</summary>
    /// <remarks>Made once, with the item: the preview's caches and the build's tables look items up by it many times
    /// a build (a string made for every lookup was a visible share of a rebuild). An item is never copied with
    /// another address.</remarks>
    public string OutputPath { get; } = SitePaths.OutputPathFor(Url);
}
