namespace SiteBuilder.Preview;

/// <summary>How to run the preview: the site folder, where to listen, and how long a burst of file events may last.</summary>
public sealed record PreviewOptions(string SourceFolder, string Host = "127.0.0.1", int Port = 4000, int QuietMilliseconds = 25);
