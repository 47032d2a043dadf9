using SiteBuilder.Diagnostics;
using YamlDotNet.Core;

namespace SiteBuilder.Yaml;

/// <summary>YAML text with the file it came from and the line it starts on, so positions stay true.</summary>
internal sealed record YamlSource(string Path, string Text, int FirstLine = 1)
{
    public SourceLocation At(Mark mark) => new(Path, (int)mark.Line + FirstLine - 1, (int)mark.Column);
}
