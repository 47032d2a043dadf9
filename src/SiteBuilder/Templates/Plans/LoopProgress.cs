namespace SiteBuilder.Templates.Plans;

/// <summary>
/// A loop's <c>for</c> object as a plan keeps it: where the loop is in its list, and the members Scriban gives it
/// (<c>index</c>, <c>first</c>, <c>last</c>, <c>even</c>, <c>odd</c>, <c>changed</c>, and for a list that knows its
/// length <c>length</c> and <c>rindex</c>). Any other member is left to Scriban.
/// </summary>
internal sealed class LoopProgress(int? length)
{
    public int Index { get; set; }

    public bool IsLast { get; set; }

    private object? previous;

    private object? current;

    /// <summary>Moves to the next item, after <paramref name="before"/> (nothing before the first).</summary>
    public void Step(object? before, object? item) => (previous, current) = (before, item);

    /// <summary>Whether the item differs from the one before, as Scriban compares them; worked out only when read (records compare every field).</summary>
    private bool Changed => Index == 0 || !Equals(previous, current);

    public object? Member(string name) => name switch
    {
        "index" => PlanValues.Box(Index),
        "first" => PlanValues.Box(Index == 0),
        "last" => PlanValues.Box(IsLast),
        "even" => PlanValues.Box(Index % 2 == 0),
        "odd" => PlanValues.Box(Index % 2 == 1),
        "changed" => PlanValues.Box(Changed),
        "length" when length is { } count => PlanValues.Box(count),
        "rindex" when length is { } count => PlanValues.Box(count - Index - 1),
        _ => throw new PlanAbandoned(),
    };
}
