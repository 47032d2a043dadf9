using System.Runtime.InteropServices;
using SiteBuilder.Output;

namespace SiteBuilder.Cli;

/// <summary>
/// While a build writes its staging folder: an interrupt (Ctrl-C, SIGTERM from a CI runner's timeout, a closed
/// terminal) deletes that folder before the process ends as the signal asks, so the previous site stays as it was
/// and no half-written site is left beside it.
/// </summary>
internal sealed class BuildInterruption : IDisposable
{
    private static readonly PosixSignal[] Signals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP];

    private readonly List<PosixSignalRegistration> registrations = [];
    private readonly StagedOutput output;
    private readonly string target;
    private readonly TextWriter stderr;
    private int interrupted;

    private BuildInterruption(StagedOutput output, string target, TextWriter stderr)
    {
        this.output = output;
        this.target = target;
        this.stderr = stderr;
    }

    public static BuildInterruption Watch(StagedOutput output, string target, TextWriter stderr)
    {
        var watch = new BuildInterruption(output, target, stderr);
        foreach (var signal in Signals)
        {
            try
            {
                watch.registrations.Add(PosixSignalRegistration.Create(signal, watch.Interrupt));
            }
            catch (PlatformNotSupportedException)
            {
                // a system without this signal cannot send it either
            }
        }

        return watch;
    }

    /// <summary>Whether an interrupt arrived; the build's result is then not to be committed.</summary>
    public bool Interrupted => Volatile.Read(ref interrupted) != 0;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }

    private void Interrupt(PosixSignalContext context)
    {
        if (Interlocked.Exchange(ref interrupted, 1) != 0)
        {
            return;
        }

        // the default action (ending the process) follows once this returns, so the exit status still tells the signal
        output.Abandon();
        stderr.WriteLine($"build interrupted ({context.Signal}); the previous output in '{target}' was left as it was");
        stderr.Flush();
    }
}
