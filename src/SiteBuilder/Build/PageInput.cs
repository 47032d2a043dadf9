namespace SiteBuilder.Build;

/// <summary>
/// What a cached page was made from, beyond what every page depends on: the rendered document it shows (compared
/// by identity, since the cache hands back the same object while its file is unchanged) and a signature of the
/// site-wide facts it lists.
/// </summary>
internal sealed record PageInput(object? Source, string Signature)
{
    public bool SameAs(PageInput other) => ReferenceEquals(Source, other.Source) && Signature == other.Signature;
}
