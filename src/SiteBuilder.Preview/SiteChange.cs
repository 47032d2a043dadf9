namespace SiteBuilder.Preview;

/// <summary>What a rebuild changed, and so what open pages must do.</summary>
public enum SiteChange
{
    /// <summary>The output is byte-for-byte the same; pages stay as they are.</summary>
    None,

    /// <summary>Only stylesheets changed; pages swap them without reloading.</summary>
    StylesOnly,

    /// <summary>Pages changed; they reload.</summary>
    Pages,

    /// <summary>The rebuild failed; the last good site stays and pages reload to show the errors.</summary>
    Failed,
}
