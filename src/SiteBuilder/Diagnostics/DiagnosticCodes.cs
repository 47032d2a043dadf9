namespace SiteBuilder.Diagnostics;

/// <summary>Every diagnostic code, grouped by the stage that reports it; README lists them for users.</summary>
public static class DiagnosticCodes
{
    /// <summary>A bug of SiteBuilder's, not the user's: an exception no input should cause.</summary>
    public const string InternalError = "SB0000";

    // Input and configuration
    public const string MissingFile = "SB0001";
    public const string YamlSyntax = "SB0101";
    public const string UnknownKey = "SB0102";
    public const string InvalidValue = "SB0103";
    public const string MissingValue = "SB0104";
    public const string UnreadableFile = "SB0105";
    public const string InvalidEncoding = "SB0106";
    public const string LinkOutsideSite = "SB0107";
    public const string OutputFolderRefused = "SB0108";
    public const string WriteFailed = "SB0109";

    // Content
    public const string FrontMatterUnclosed = "SB0201";
    public const string DuplicateSlug = "SB0202";
    public const string MarkdownRefused = "SB0203";

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
    public const string BibliographySyntax = "SB0306";
    public const string UnknownCslVariable = "SB0307";
    public const string CitationStyleError = "SB0308";

    /// <summary>A citation the citation style prints nothing for (its page shows the reference processors' error text instead).</summary>
    public const string CitationWithoutPrintedForm = "SB0309";

    // PDF
    public const string PdfFailed = "SB0701";

    // Import
    public const string ImportFormat = "SB0601";
    public const string ImportWouldOverwrite = "SB0602";
}
