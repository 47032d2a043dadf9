namespace SiteBuilder.Preview;

/// <summary>
/// How to run the preview: the site folder, where to listen, how long a burst of file events may last, and the
/// clock that dates what content leaves undated.
/// </summary>
public sealed record PreviewOptions(string SourceFolder, string Host = "127.0.0.1", int Port = 4000, int QuietMilliseconds = 25)
{
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The editor the overlay's locations open in (serve --editor, or SITEBUILDER_EDITOR); none by default.</summary>
    public string? Editor { get; init; }

    /// <summary>Print each rebuild's phases after its line (serve --verbose).</summary>
    public bool Verbose { get; init; }
}
