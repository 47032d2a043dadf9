using SiteBuilder.Csl.Rendering;

namespace SiteBuilder.Csl.Processing;

/// <summary>
/// The bibliography's subsequent-author-substitute: when an entry's names repeat the previous entry's, they are
/// replaced by the given text ("———"), the whole list or (with partial rules) name by name.
/// </summary>
internal static class SubsequentAuthor
{
    public static (Output Entry, string? Names) Substitute(Output entry, string substitute, string? previous, string? rule)
    {
        var names = Find(entry, "name-list") ?? Find(entry, "names"); // the names alone if a label follows them, else what stands for them
        if (names is null)
        {
            return (entry, null);
        }

        var text = names.Plain();
        if (text != previous)
        {
            return (entry, text);
        }

        var replaced = Replace(entry, names, new TextOutput(substitute) { Part = "names" });
        return (replaced, text);
    }

    private static Output? Find(Output node, string part) => node switch
    {
        _ when node.Part == part && !node.IsEmpty => node,
        GroupOutput g => g.Children.Select(c => Find(c, part)).FirstOrDefault(n => n is not null),
        _ => null,
    };

    private static Output Replace(Output node, Output target, Output with) => ReferenceEquals(node, target) ? with : node switch
    {
        GroupOutput g => g with { Children = g.Children.Select(c => Replace(c, target, with)).ToList() },
        _ => node,
    };
}
