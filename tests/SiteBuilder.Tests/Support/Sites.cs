namespace SiteBuilder.Tests.Support;

/// <summary>Small sites that many tests start from.</summary>
public static class Sites
{
    public const string Config = """
        -- site.yaml --
        title: Test site
        language: en
        base_url: https://example.org/test/
        nav:
          - title: Home
            url: /
        """;

    public const string References = """
        -- content/references.yaml --
        references:
        - id: levine2010
          type: book
          author:
          - family: Levine
            given: A.
          - family: Heller
            given: R. S. F.
          issued: 2010
          title: "Attached: The new science of adult attachment"
          publisher: Tarcher
          annote: About attachment.
          reading:
            pages: 70–85
        - id: johnson2008
          type: book
          author:
          - family: Johnson
            given: S. M.
          issued: 2008
          title: "Hold me tight: Seven conversations for a lifetime of love"
          publisher: Little, Brown
          annote: About repair.
        """;

    public const string Essay = """
        -- content/essays/first.md --
        ---
        title: A first essay
        description: It is short.
        ---

        Opening words.

        ## Part one

        Attachment matters [@levine2010, pp. 70–85]. More text follows.

        As @johnson2008 [p. 3] argues, repair is possible.
        """;

    public const string Pages = """
        -- content/pages/index.md --
        ---
        title: Home
        ---

        Welcome.
        -- content/pages/reading-list.md --
        ---
        title: Reading list
        ---

        Read these.
        """;

    /// <summary>A complete, valid site: settings, two references, one essay citing both, a home page and a reading list.</summary>
    public static string Minimal => string.Join("\n", Config, References, Essay, Pages);
}
