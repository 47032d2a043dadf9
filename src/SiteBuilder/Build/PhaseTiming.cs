namespace SiteBuilder.Build;

/// <summary>One phase of a build and the milliseconds it took.</summary>
public sealed record PhaseTiming(string Phase, double Milliseconds);
