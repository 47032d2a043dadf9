using System.CommandLine;
using System.CommandLine.Parsing;
using SiteBuilder.Configuration;
using SiteBuilder.Diagnostics;

namespace SiteBuilder.Cli;

/// <summary>
/// The <c>sitebuilder</c> command line: parses the arguments, runs one command, and maps every outcome to an
/// exit code. Usage errors exit 2; an exception that escapes a command is a bug and becomes one line
/// (<c>error SB0000: internal error …</c>) and exit 70, with the stack trace only under --verbose.
/// </summary>
internal sealed class CliApplication(TextWriter stdout, TextWriter stderr, params Command[] extraCommands)
{
    private readonly Option<bool> verbose = new("--verbose") { Description = "Say more: a build's timings and memory (as --timings), and the stack trace of an internal error", Recursive = true };

    public async Task<int> RunAsync(string[] args, CancellationToken cancellation = default)
    {
        var root = BuildCommands();
        if (args is ["help", .. var rest])
        {
            // "help" and "help COMMAND", as git and dotnet have them
            if (rest.Length > 0 && root.Subcommands.All(c => c.Name != rest[0]))
            {
                var names = root.Subcommands.Select(c => c.Name).ToList();
                stderr.WriteLine($"error: unknown command '{rest[0]}'{SpellingSuggester.Hint(rest[0], names)}; the commands are {string.Join(", ", names)}");
                return ExitCodes.Usage;
            }

            args = rest.Length > 0 ? [rest[0], "--help"] : ["--help"];
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return ReportUsage(parsed, root);
        }

        try
        {
            if (args.Any(a => a is "--help" or "-h" or "-?"))
            {
                // the help names the command as people type it, whatever the executable is called
                var help = new StringWriter();
                var exit = await parsed.InvokeAsync(new InvocationConfiguration { Output = help, Error = stderr, EnableDefaultExceptionHandler = false }, cancellation);
                stdout.Write(help.ToString().Replace(RootCommand.ExecutableName + " ", "sitebuilder ", StringComparison.Ordinal));
                return exit;
            }

            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error {DiagnosticCodes.InternalError}: internal error: {e.Message} (run with --verbose for the stack trace)");
            if (parsed.GetValue(verbose))
            {
                stderr.WriteLine(e.ToString());
            }

            return ExitCodes.InternalError;
        }
    }

    /// <summary>One line per problem, a hint for a mistyped command, and where to find help: never the whole help text.</summary>
    private int ReportUsage(ParseResult parsed, RootCommand root)
    {
        var commands = root.Subcommands.Select(c => c.Name).ToList();
        var first = parsed.Tokens.FirstOrDefault()?.Value;
        if (first is not null && !first.StartsWith('-') && !commands.Contains(first))
        {
            stderr.WriteLine($"error: unknown command '{first}'{SpellingSuggester.Hint(first, commands)}; the commands are {string.Join(", ", commands)}");
        }
        else if (parsed.UnmatchedTokens.FirstOrDefault(t => t.StartsWith('-')) is { } option)
        {
            // a mistyped option: one line, with the nearest option of that command
            var command = parsed.CommandResult.Command;
            var known = command.Options.Concat(root.Options.Where(o => o.Recursive)).SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith("--", StringComparison.Ordinal)).Distinct().ToList();
            var where = command is RootCommand ? "" : $" for '{command.Name}'";
            stderr.WriteLine($"error: unknown option '{option}'{where}{SpellingSuggester.Hint(option, known)}");
        }
        else
        {
            foreach (var error in parsed.Errors.Select(Plain).Distinct())
            {
                stderr.WriteLine($"error: {error}");
            }
        }

        stderr.WriteLine($"Run 'sitebuilder {(parsed.CommandResult.Command is RootCommand ? "" : parsed.CommandResult.Command.Name + " ")}--help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>
    /// A parse error in the words of this tool: a value missing or unreadable says what the option or command takes
    /// (a folder, a file, a number), where the parser's own message names a .NET type. Others are kept as they are.
    /// </summary>
    private static string Plain(ParseError error)
    {
        var missing = error.Message.StartsWith("Required argument missing", StringComparison.Ordinal);
        var unreadable = error.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal);
        if (!missing && !unreadable)
        {
            return error.Message;
        }

        var given = unreadable ? $", not '{error.SymbolResult?.Tokens.LastOrDefault()?.Value}'" : "";
        var option = error.SymbolResult switch { OptionResult o => o.Option, ArgumentResult { Parent: OptionResult o } => o.Option, _ => null };
        var command = error.SymbolResult switch { CommandResult c => c.Command, ArgumentResult { Parent: CommandResult c } => c.Command, _ => null };
        return (option, command, error.SymbolResult) switch
        {
            ({ } o, _, _) => $"{o.Name} needs {Kind(o.ValueType)}{given}",
            (null, { } c, _) when missing => $"'{c.Name}' needs {Usage(c)}: sitebuilder {c.Name} {Usage(c)}",
            (null, _, ArgumentResult { Argument: var argument }) => $"<{argument.Name}> needs {Kind(argument.ValueType)}{given}",
            _ => error.Message,
        };

        static string Usage(Command command) => string.Join(" ", command.Arguments.Select(a => $"<{a.Name}>"));
    }

    private static string Kind(Type type) =>
        type == typeof(DirectoryInfo) ? "a folder" : type == typeof(FileInfo) ? "a file" : type == typeof(int) ? "a whole number" : "a value";

    private RootCommand BuildCommands()
    {
        var options = new CliOptions();
        var root = new RootCommand("SiteBuilder: a static site generator for essays with citations, reference pages and a reading list") { verbose };
        root.Subcommands.Add(CliCommands.Build(options, stdout, stderr));
        root.Subcommands.Add(CliCommands.Pdf(options, stdout, stderr));
        root.Subcommands.Add(CliCommands.Serve(options, stdout, stderr));
        root.Subcommands.Add(CliCommands.Check(options, stdout, stderr));
        root.Subcommands.Add(CliCommands.Import(options, stdout, stderr));
        root.Subcommands.Add(CliCommands.New(stdout, stderr));
        foreach (var command in extraCommands)
        {
            root.Subcommands.Add(command); // tests add a command that fails, to reach the last-resort handler
        }

        return root;
    }

    /// <summary>Adds an error for a --base-url that is not an absolute http(s) address.</summary>
    public static void ValidateBaseUrl(OptionResult result)
    {
        if (result.GetValueOrDefault<string?>() is { } value && BaseUrl.Normalize(value, out var problem) is null)
        {
            result.AddError($"--base-url {problem}");
        }
    }
}
