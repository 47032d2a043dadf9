using System.Globalization;

namespace SiteBuilder.IntegrationTests.Support;

/// <summary>The processes that run now (a zombie, ended but not yet reaped, does not), read from Linux's /proc.</summary>
public static class RunningProcesses
{
    /// <summary>Each running process's parent and command line (its arguments separated by NUL characters).</summary>
    public static List<(int Parent, string CommandLine)> All()
    {
        var found = new List<(int, string)>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(folder, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (fields[0] != "Z" && int.TryParse(Path.GetFileName(folder), out _))
                {
                    found.Add((int.Parse(fields[1], CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(folder, "cmdline"))));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // ended meanwhile
            }
        }

        return found;
    }

    /// <summary>How many running processes have <paramref name="argument"/> in their command line.</summary>
    public static int With(string argument) => All().Count(p => p.CommandLine.Contains(argument, StringComparison.Ordinal));

    /// <summary>The profile folder (<c>--user-data-dir</c>) of a Chromium that the process started, once one runs.</summary>
    public static string? ChromiumProfileOf(int parent)
    {
        const string flag = "--user-data-dir=";
        foreach (var (_, commandLine) in All().Where(p => p.Parent == parent))
        {
            var at = commandLine.IndexOf(flag, StringComparison.Ordinal);
            if (at >= 0)
            {
                return commandLine[(at + flag.Length)..].Split('\0', ' ')[0];
            }
        }

        return null;
    }
}
