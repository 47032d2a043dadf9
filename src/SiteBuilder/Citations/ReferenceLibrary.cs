namespace SiteBuilder.Citations;

/// <summary>All references of a site, in file order, looked up by id.</summary>
public sealed class ReferenceLibrary
{
    private readonly Dictionary<string, Reference> byId;
    private readonly Dictionary<string, int> positions;

    public ReferenceLibrary(IReadOnlyList<Reference> references, IReadOnlyList<string>? files = null)
    {
        References = references;
        Files = files ?? [];
        byId = new Dictionary<string, Reference>(references.Count, StringComparer.Ordinal);
        positions = new Dictionary<string, int>(references.Count, StringComparer.Ordinal);
        for (var i = 0; i < references.Count; i++)
        {
            if (byId.TryAdd(references[i].Id, references[i]))
            {
                positions[references[i].Id] = i;
            }
        }
    }

    public static ReferenceLibrary Empty { get; } = new([]);

    public IReadOnlyList<Reference> References { get; }

    /// <summary>The bibliography files the references were read from, for messages that must name them.</summary>
    public IReadOnlyList<string> Files { get; }

    public IEnumerable<string> Ids => byId.Keys;

    public Reference? Find(string id) => byId.GetValueOrDefault(id);

    /// <summary>The references at these places (from <see cref="PositionOf"/>), each once, in file order.</summary>
    public List<Reference> AtPositions(List<int> places)
    {
        places.Sort();
        var found = new List<Reference>(places.Count);
        for (var i = 0; i < places.Count; i++)
        {
            if (i == 0 || places[i] != places[i - 1])
            {
                found.Add(References[places[i]]);
            }
        }

        return found;
    }

    /// <summary>The place of the reference with this id in the file order, or -1 when the library has none.</summary>
    public int PositionOf(string id) => positions.TryGetValue(id, out var position) ? position : -1;
}
