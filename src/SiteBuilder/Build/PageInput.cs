namespace SiteBuilder.Build;

/// <summary>
/// What a cached page was made from, beyond what every page depends on: the rendered documents or models it shows
/// (compared by identity, since the cache hands back the same object while it is unchanged) and a signature
/// of the site-wide facts it lists.
/// </summary>
internal sealed record PageInput(IReadOnlyList<object> Sources, object Signature)
{
    public PageInput(Markdown.RenderedDocument document, object signature)
        : this([document], signature)
    {
    }

    public bool SameAs(PageInput other) =>
        Signature.Equals(other.Signature) && Diagnostics.Memo.SameObjects(Sources, other.Sources);
}
