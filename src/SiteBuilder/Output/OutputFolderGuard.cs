using SiteBuilder.Content;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Output;

/// <summary>
/// Decides whether a folder may receive the built site. A build replaces its output folder whole, so the
/// folder must not hold or overlap the site's sources, and must be one SiteBuilder made (it carries
/// <see cref="MarkerFile"/>), empty, or absent: SiteBuilder never deletes a folder it did not create.
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>The file that marks a folder as SiteBuilder's output, safe to replace.</summary>
    public const string MarkerFile = ".sitebuilder-output";

    /// <summary>The folders of a site that the output may neither be, contain, nor lie inside.</summary>
    private static readonly string[] SourceFolders = ["content", "templates", "seeds", ".git"];

    /// <summary>Null when the folder may be written, otherwise the reason as an error located at <paramref name="origin"/>.</summary>
    public static Diagnostic? Check(string siteRoot, string outputFolder, string origin)
    {
        var root = RealPath.Of(siteRoot);
        var target = RealPath.Of(outputFolder);
        var at = SourceLocation.File(origin);
        if (RealPath.IsWithin(root, target))
        {
            return Refuse(at, outputFolder, target == root ? "is the site's own folder" : "contains the site's own folder");
        }

        foreach (var name in SourceFolders)
        {
            var source = RealPath.Of(Path.Combine(root, name));
            if (RealPath.IsWithin(source, target) || RealPath.IsWithin(target, source))
            {
                return Refuse(at, outputFolder, target == source ? $"is the site's {name}/ folder" : RealPath.IsWithin(target, source) ? $"lies inside the site's {name}/ folder" : $"contains the site's {name}/ folder");
            }
        }

        if (File.Exists(target))
        {
            return Diagnostic.Error(DiagnosticCodes.OutputFolderRefused, at, $"the output folder '{outputFolder}' is a file, not a folder; SiteBuilder does not delete files it did not write, so remove it or choose another --output");
        }

        var extension = Path.GetExtension(target).ToLowerInvariant();
        if (!Directory.Exists(target) && extension is ".pdf" or ".html" or ".htm" or ".zip" or ".epub")
        {
            // "pdf --output essay.pdf" would make a folder called essay.pdf: say what --output is instead
            var pdfs = extension == ".pdf" ? "; each essay's PDF goes beside its page, as essays/<slug>/<slug>.pdf in that folder" : "";
            return Diagnostic.Error(DiagnosticCodes.OutputFolderRefused, at, $"'{outputFolder}' names a file, but --output is the folder the whole site is written to{pdfs}: give a folder, or leave --output out for _site/");
        }

        if (Directory.Exists(target) && !File.Exists(Path.Combine(target, MarkerFile)) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            return Diagnostic.Error(DiagnosticCodes.OutputFolderRefused, at, $"the output folder '{outputFolder}' holds files that SiteBuilder did not write (it has no {MarkerFile} file), and a build replaces the folder whole; empty it, delete it, or choose another --output");
        }

        return null;
    }

    private static Diagnostic Refuse(SourceLocation at, string outputFolder, string why) =>
        Diagnostic.Error(DiagnosticCodes.OutputFolderRefused, at, $"the output folder '{outputFolder}' {why}; a build replaces its output folder whole, so choose a folder apart from the sources (the default is _site/)");
}
