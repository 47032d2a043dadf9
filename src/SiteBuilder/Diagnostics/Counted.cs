namespace SiteBuilder.Diagnostics;

/// <summary>A count with its noun, as progress and console lines write it: "1 page", "500 warnings".</summary>
public static class Counted
{
    public static string Of(int n, string what) => $"{n} {what}{(n == 1 ? "" : "s")}";
}
