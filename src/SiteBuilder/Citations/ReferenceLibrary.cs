namespace SiteBuilder.Citations;

/// <summary>All references of a site, in file order, looked up by id.</summary>
public sealed class ReferenceLibrary
{
    private readonly Dictionary<string, Reference> byId;

    public ReferenceLibrary(IReadOnlyList<Reference> references)
    {
        References = references;
        byId = new Dictionary<string, Reference>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            byId.TryAdd(reference.Id, reference);
        }
    }

    public static ReferenceLibrary Empty { get; } = new([]);

    public IReadOnlyList<Reference> References { get; }

    public IEnumerable<string> Ids => byId.Keys;

    public Reference? Find(string id) => byId.GetValueOrDefault(id);
}
