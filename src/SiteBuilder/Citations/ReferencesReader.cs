using System.Globalization;
using SiteBuilder.Diagnostics;
using SiteBuilder.Yaml;
using YamlDotNet.RepresentationModel;

namespace SiteBuilder.Citations;

/// <summary>Reads content/references.yaml (CSL-YAML under a <c>references:</c> key) into a <see cref="ReferenceLibrary"/>.</summary>
internal static class ReferencesReader
{
    public const string FileName = "content/references.yaml";

    public static ReferenceLibrary Read(string text, DiagnosticBag diagnostics, string path = FileName)
    {
        var root = YamlDocumentReader.ReadMapping(new YamlSource(path, text), diagnostics);
        if (root is null)
        {
            return new ReferenceLibrary([], [path]);
        }

        var items = root.MapList("references");
        root.ReportUnknownKeys(path);

        var references = new List<Reference>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var reference = ReadOne(item);
            if (reference.Id.Length == 0)
            {
                continue;
            }

            if (seen.TryGetValue(reference.Id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateReferenceId, item.ValueLocationOf("id"), $"duplicate reference id '{reference.Id}' (first defined at {first})");
                continue;
            }

            seen.Add(reference.Id, reference.Location);
            references.Add(reference);
        }

        return new ReferenceLibrary(references, [path]);
    }

    private static Reference ReadOne(YamlMap item)
    {
        var id = item.RequiredString("id", "a reference");
        var type = item.RequiredString("type", $"reference '{id}'");
        if (type.Length > 0 && !Reference.KnownTypes.Contains(type))
        {
            item.Diagnostics.Error(DiagnosticCodes.InvalidValue, item.ValueLocationOf("type"), $"unknown reference type '{type}'{SpellingSuggester.Hint(type, Reference.KnownTypes)}");
        }

        var reference = new Reference(
            Id: id,
            Type: type,
            Authors: ReadNames(item, "author"),
            Editors: ReadNames(item, "editor"),
            Year: ReadYear(item),
            Title: item.RequiredString("title", $"reference '{id}'"),
            ContainerTitle: item.String("container-title"),
            Volume: item.String("volume"),
            Issue: item.String("issue"),
            Page: item.String("page"),
            Edition: item.String("edition"),
            Publisher: item.String("publisher"),
            PublisherPlace: item.String("publisher-place"),
            Doi: item.String("DOI"),
            Url: item.String("URL"),
            Isbn: item.String("ISBN"),
            Annotation: item.String("annote"),
            Reading: ReadReading(item),
            Location: item.ValueLocationOf("id"));
        item.ReportUnknownKeys($"reference '{id}'");
        return reference;
    }

    private static IReadOnlyList<PersonName> ReadNames(YamlMap item, string key) =>
        item.MapList(key).Select(name =>
        {
            var person = new PersonName(name.RequiredString("family", $"a name in '{key}'"), name.String("given"));
            name.ReportUnknownKeys($"a name in '{key}'");
            return person;
        }).ToList();

    /// <summary>Accepts both CSL's <c>issued: {date-parts: [[2010]]}</c> and the short <c>issued: 2010</c>.</summary>
    private static int? ReadYear(YamlMap item)
    {
        switch (item.Raw("issued"))
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return ParseYear(item, scalar, scalar.Value);
            case YamlMappingNode mapping:
                var parts = new YamlMap(mapping, item.Source, item.Diagnostics);
                var raw = parts.Raw("date-parts");
                parts.ReportUnknownKeys("'issued'");
                if (raw is YamlSequenceNode { Children: [YamlSequenceNode { Children: [YamlScalarNode year, ..] }, ..] })
                {
                    return ParseYear(item, year, year.Value);
                }

                item.Invalid(mapping, "'issued' needs date-parts, as in date-parts: [[2010]]");
                return null;
            case var other:
                item.Invalid(other, "'issued' must be a year or a date-parts mapping");
                return null;
        }
    }

    private static int? ParseYear(YamlMap item, YamlNode node, string? text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return year;
        }

        item.Invalid(node, $"'{text}' is not a year");
        return null;
    }

    private static ReadingInfo ReadReading(YamlMap item)
    {
        var block = item.Map("reading");
        if (block is null)
        {
            return ReadingInfo.None;
        }

        var info = new ReadingInfo(block.String("theme"), block.Int("order"), block.String("pages"));
        block.ReportUnknownKeys("the 'reading' block");
        return info;
    }
}
