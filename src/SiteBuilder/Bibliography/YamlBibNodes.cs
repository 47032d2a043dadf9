using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;

namespace SiteBuilder.Bibliography;

/// <summary>Reads CSL-YAML into <see cref="BibNode"/>s, keeping each node's place.</summary>
internal static class YamlBibNodes
{
    /// <summary>From this size on (about 250 entries) a file whose items can be told apart line by line is parsed in parts, on all cores.</summary>
    public const int InPartsFrom = 1 << 16;

    /// <summary>Reads a CSL-YAML file: a mapping with <c>references:</c>, or a bare list of items (as Pandoc also accepts).</summary>
    public static BibNode? Read(string path, string text, DiagnosticBag diagnostics, int inPartsFrom = InPartsFrom) =>
        (text.Length >= inPartsFrom ? YamlItemParts.Read(path, text) : null) ?? ReadWhole(path, text, diagnostics);

    /// <summary>The file parsed as one document, as every file is when it is small or not split cleanly into items.</summary>
    public static BibNode? ReadWhole(string path, string text, DiagnosticBag diagnostics)
    {
        var source = new YamlSource(path, text);
        var (root, failed) = Parse(source, diagnostics);
        return failed ? null : root ?? new BibList([], SourceLocation.File(path));
    }

    /// <summary>
    /// The document's value (null when empty), or <c>Failed</c> with a diagnostic: read by <see cref="BlockYamlBibReader"/>
    /// when the text is in its block-style subset (every library in the usual layout), else built from YamlDotNet's events.
    /// </summary>
    public static (BibNode? Root, bool Failed) Parse(YamlSource source, DiagnosticBag diagnostics) =>
        BlockYamlBibReader.TryRead(source) is { } read ? (read, false) : ParseWithYamlDotNet(source, diagnostics);

    /// <summary>As <see cref="Parse"/>, always through YamlDotNet's parser.</summary>
    public static (BibNode? Root, bool Failed) ParseWithYamlDotNet(YamlSource source, DiagnosticBag diagnostics) =>
        YamlDocumentReader.Read(source, diagnostics, parser => YamlBibNodeBuilder.Build(parser, source));
}
