using SiteBuilder.Diagnostics;
using SiteBuilder.Output;

namespace SiteBuilder.Build;

/// <summary>
/// The files beside the pages: those still to be written, and those a streaming build wrote as they were made (by
/// path and origin only: a large library's three exports a reference are not all held until the phase ends).
/// </summary>
internal sealed record DataFileSet(IReadOnlyList<OutputFile> Files, IReadOnlyList<(string Path, SourceLocation Origin)> Written);
