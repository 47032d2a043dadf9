using SiteBuilder.Bibliography;

namespace SiteBuilder.Tests.Bibliography;

/// <summary>A node tree as text, every value and place in it, for comparing two trees.</summary>
internal static class BibNodeText
{
    public static string Describe(BibNode node) => node switch
    {
        BibScalar s => $"{s.Location}:{(s.IsString ? "'" : "")}{s.Value}",
        BibList l => $"{l.Location}:[{string.Join(",", l.Items.Select(Describe))}]",
        BibMap m => $"{m.Location}:{{{string.Join(",", m.Entries.Select(e => $"{e.KeyLocation}:{e.Key}={Describe(e.Value)}"))}}}",
        _ => "?",
    };
}
