namespace SiteBuilder.Citations;

/// <summary>A pinpoint inside a cited work: a CSL locator label ("page", "chapter", …) and its value ("70–85").</summary>
public sealed record Locator(string Label, string Value)
{
    public bool IsRange => Value.IndexOfAny(['–', '-', ',', '&']) >= 0;
}
