namespace SiteBuilder.Cli;

/// <summary>The process's exit codes, following the BSD sysexits convention where one applies.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The site has errors (diagnostics printed), or the output could not be written.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: an unknown command or option, or a bad option value.</summary>
    public const int Usage = 2;

    /// <summary>A bug of SiteBuilder's: an exception no user input should cause (EX_SOFTWARE).</summary>
    public const int InternalError = 70;
}
