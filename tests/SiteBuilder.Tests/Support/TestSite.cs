using System.Text;
using SiteBuilder.Build;
using SiteBuilder.Content;

namespace SiteBuilder.Tests.Support;

/// <summary>
/// An in-memory site declared in one string, txtar style: each file starts with a line "-- path --".
/// The repository's real templates and assets are included unless the text declares its own.
/// </summary>
public static class TestSite
{
    private static readonly Lazy<SiteSources> RealTemplates = new(() => SiteSourceLoader.Load(RepositoryRoot.Path));

    public static SiteSources Parse(string text, bool withRealTemplates = true)
    {
        var files = Split(text);
        var templates = files.Where(f => f.Path.StartsWith("templates/", StringComparison.Ordinal) && !f.Path.StartsWith("templates/assets/", StringComparison.Ordinal)).ToList();
        if (withRealTemplates)
        {
            templates = RealTemplates.Value.Templates.Where(t => templates.All(o => o.Path != t.Path)).Concat(templates).ToList();
        }

        return new SiteSources(
            files.FirstOrDefault(f => f.Path == "site.yaml")?.Text,
            files.Where(f => f.Path.StartsWith("content/", StringComparison.Ordinal)).ToList(),
            templates.OrderBy(t => t.Path, StringComparer.Ordinal).ToList(),
            withRealTemplates ? RealTemplates.Value.Assets : [],
            files.Where(f => f.Path.StartsWith("seeds/", StringComparison.Ordinal)).ToList())
        {
            Styles = files.Where(f => f.Path.StartsWith("styles/", StringComparison.Ordinal)).ToList(),
        };
    }

    public static BuildResult Build(string text, bool withRealTemplates = true, bool drafts = false, bool pdf = false) =>
        SiteBuild.Run(Parse(text, withRealTemplates), new BuildOptions(drafts, Pdf: pdf));

    /// <summary>Writes files back as txtar text.</summary>
    public static string Join(IEnumerable<SourceFile> files) =>
        string.Concat(files.Select(f => $"-- {f.Path} --\n{f.Text.TrimEnd('\n')}\n"));

    /// <summary>The files of a txtar text, in order; text before the first file is a comment.</summary>
    public static IReadOnlyList<SourceFile> Split(string text)
    {
        var files = new List<SourceFile>();
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    files.Add(new SourceFile(path, body.ToString()));
                }

                path = line[3..^3].Trim();
                body.Clear();
                continue;
            }

            if (path is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            files.Add(new SourceFile(path, body.ToString().TrimEnd('\n') + "\n"));
        }

        return files;
    }
}
