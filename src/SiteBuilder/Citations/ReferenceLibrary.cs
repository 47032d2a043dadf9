namespace SiteBuilder.Citations;

/// <summary>All references of a site, in file order, looked up by id.</summary>
public sealed class ReferenceLibrary
{
    private readonly Dictionary<string, Reference> byId;

    public ReferenceLibrary(IReadOnlyList<Reference> references, IReadOnlyList<string>? files = null)
    {
        References = references;
        Files = files ?? [];
        byId = new Dictionary<string, Reference>(StringComparer.Ordinal);
        foreach (var reference in references)
        {
            byId.TryAdd(reference.Id, reference);
        }
    }

    public static ReferenceLibrary Empty { get; } = new([]);

    public IReadOnlyList<Reference> References { get; }

    /// <summary>The bibliography files the references were read from, for messages that must name them.</summary>
    public IReadOnlyList<string> Files { get; }

    public IEnumerable<string> Ids => byId.Keys;

    public Reference? Find(string id) => byId.GetValueOrDefault(id);
}
