namespace SiteBuilder.Import;

/// <summary>A plain-text essay split into its title, its blocks, and the lines of its References section.</summary>
public sealed record PlainTextEssay(string Title, IReadOnlyList<EssayBlock> Blocks, IReadOnlyList<(string Text, int Line)> ReferenceLines)
{
    /// <summary>Every sentence of the title and the body, for fidelity checks.</summary>
    public IEnumerable<string> Sentences() =>
        new[] { Title }.Concat(Blocks.Select(b => b.Text)).SelectMany(SentenceSplitter.Split);
}
