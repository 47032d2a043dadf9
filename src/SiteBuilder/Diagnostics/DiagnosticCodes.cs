namespace SiteBuilder.Diagnostics;

/// <summary>Every diagnostic code, grouped by the stage that reports it; README lists them for users.</summary>
public static class DiagnosticCodes
{
    // Input and configuration
    public const string MissingFile = "SB0001";
    public const string YamlSyntax = "SB0101";
    public const string UnknownKey = "SB0102";
    public const string InvalidValue = "SB0103";
    public const string MissingValue = "SB0104";

    // Content
    public const string FrontMatterUnclosed = "SB0201";
    public const string DuplicateSlug = "SB0202";

    // Citations and references
    public const string UnknownCitationKey = "SB0301";
    public const string UnusedReference = "SB0302";
    public const string DuplicateReferenceId = "SB0303";
    public const string UnknownTheme = "SB0304";

    // Templates
    public const string TemplateSyntax = "SB0401";
    public const string TemplateRuntime = "SB0402";
    public const string MissingTemplate = "SB0403";

    // Checks over the built site
    public const string BrokenLink = "SB0501";
    public const string MissingAnchor = "SB0502";
    public const string DuplicateId = "SB0503";
    public const string MissingAltText = "SB0504";
    public const string LostSentence = "SB0505";
    public const string HeadingOrder = "SB0506";
    public const string InsecureLink = "SB0507";
    public const string IncompleteReference = "SB0305";

    // Import
    public const string ImportFormat = "SB0601";
    public const string ImportWouldOverwrite = "SB0602";
}
