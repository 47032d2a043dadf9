using SiteBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Yaml;

/// <summary>Parses YAML text into a node tree, turning syntax errors into diagnostics at their position.</summary>
internal static class YamlDocumentReader
{
    /// <summary>The root mapping of the document, or null (with a diagnostic) when it is not one.</summary>
    public static YamlMap? ReadMapping(YamlSource source, DiagnosticBag diagnostics)
    {
        var (root, failed) = ReadNode(source, diagnostics);
        switch (root)
        {
            case null when failed:
                return null;
            case null or YamlScalarNode { Value: null or "" }:
                return new YamlMap(new YamlMappingNode(), source, diagnostics);
            case YamlMappingNode mapping:
                return new YamlMap(mapping, source, diagnostics);
            default:
                diagnostics.Error(DiagnosticCodes.YamlSyntax, source.At(root.Start), "expected a mapping of keys to values");
                return null;
        }
    }

    /// <summary>The root node of the document: null for an empty document, or with <c>Failed</c> (and a diagnostic) for invalid YAML.</summary>
    /// <remarks>
    /// The plainest YAML (a mapping of keys to one-line values and lists: nearly all front matter) is read without
    /// YamlDotNet's scanner (<see cref="PlainYamlEvents"/>), into the same nodes with the same positions; at 10,000
    /// essays the scanner was about 3 % of a build and most of what loading allocated.
    /// </remarks>
    public static (YamlNode? Root, bool Failed) ReadNode(YamlSource source, DiagnosticBag diagnostics)
    {
        if (PlainYamlEvents.TryRead(source.Text) is { } events)
        {
            return (Load(new PlainYamlEvents.Replay(events)), false);
        }

        return Read(source, diagnostics, Load);
    }

    private static YamlNode? Load(IParser parser)
    {
        var stream = new YamlStream();
        stream.Load(parser);
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>
    /// What <paramref name="build"/> makes of the document's events (null for an empty document), or <c>Failed</c>
    /// (and a diagnostic at its position) for invalid YAML: for a reader that builds its own values from the events
    /// rather than through YamlDotNet's node tree.
    /// </summary>
    public static (T? Root, bool Failed) Read<T>(YamlSource source, DiagnosticBag diagnostics, Func<IParser, T?> build)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            return (null, false);
        }

        var parser = new GuardedYamlParser(source.Text);
        try
        {
            return (build(parser), false);
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.At(e.Start), $"invalid YAML: {Describe(e)}{(e is YamlNestingException ? "" : OpenFlowHint(source, parser))}");
            return (null, true);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet fails without a position on some malformed input (an unclosed '[' or '{', above all).
            ReportPositionless(source, parser, diagnostics);
            return (null, true);
        }
    }

    private static void ReportPositionless(YamlSource source, GuardedYamlParser parser, DiagnosticBag diagnostics)
    {
        if (parser.InnermostOpenFlow is { } open)
        {
            var closer = open.Opener == '[' ? ']' : '}';
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.At(open.Start), $"invalid YAML: this '{open.Opener}' is never closed (add a '{closer}', or quote the value if the '{open.Opener}' is meant as text)");
            return;
        }

        var stop = parser.Position;
        var hint = FlowBracketScanner.FindUnclosed(source.Text, (int)stop.Line, (int)stop.Column) is { } bracket
            ? $" (the '{bracket.Opener}' at line {bracket.Line + source.FirstLine - 1}, column {bracket.Column} is never closed)"
            : " (an unclosed bracket or quote?)";
        diagnostics.Error(DiagnosticCodes.YamlSyntax, source.At(stop), $"invalid YAML: the parser cannot read on from here{hint}");
    }

    /// <summary>When the parser stops inside a '[' or '{', that bracket is the usual culprit: say where it opened.</summary>
    private static string OpenFlowHint(YamlSource source, GuardedYamlParser parser)
    {
        if (parser.InnermostOpenFlow is not { } open)
        {
            return "";
        }

        var at = source.At(open.Start);
        return $" (inside the '{open.Opener}' opened at line {at.Line}, column {at.Column}: is it closed?)";
    }

    private static string Describe(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes messages with its own "(Line: x, Col: y ...)" position; ours is already in front.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }
}
