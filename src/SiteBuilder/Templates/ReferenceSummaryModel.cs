namespace SiteBuilder.Templates;

/// <summary>A reference as listed on the references index.</summary>
public sealed record ReferenceSummaryModel(string Id, string Url, HtmlString Entry, int CitationCount)
{
    /// <summary>The annotation's first sentence, a reason to open the work's page.</summary>
    public string? Gist { get; init; }
}

/// <summary>One kind of work on the references index ("Books", "Journal articles"), its entries in the list's order.</summary>
public sealed record ReferenceGroupModel(string Title, string Anchor, IReadOnlyList<ReferenceSummaryModel> Entries);
