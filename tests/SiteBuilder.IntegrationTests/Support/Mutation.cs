namespace SiteBuilder.IntegrationTests.Support;

/// <summary>One deterministic change to a site's inputs: what it is called, the file it touches, and how to apply it.</summary>
public sealed record Mutation(string Name, string File, Action<string> Apply)
{
    public override string ToString() => Name;
}
