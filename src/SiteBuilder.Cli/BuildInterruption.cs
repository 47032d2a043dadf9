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
    private readonly CancellationTokenSource cancellation = new();
    private readonly StagedOutput output;
    private readonly string target;
    private readonly TextWriter stderr;
    private int interrupted;
    private volatile bool commandEnds;
    private volatile int exitCode = ExitCodes.Failure;

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

    /// <summary>Cancelled when an interrupt arrives, before the process ends: what it stops (Chromium) must stop at once.</summary>
    public CancellationToken Token => cancellation.Token;

    /// <summary>
    /// Set while Chromium prints: an interrupt then leaves ending the process to the command, which stops Chromium
    /// (or waits for it to start, to stop it) and returns <see cref="ExitCode"/>, so no browser outlives it.
    /// </summary>
    public bool CommandEnds
    {
        get => commandEnds;
        set => commandEnds = value;
    }

    /// <summary>The exit code an interrupted command returns: 128 and the signal's number, as a shell reports it.</summary>
    public int ExitCode => exitCode;

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }

        cancellation.Dispose();
    }

    private void Interrupt(PosixSignalContext context)
    {
        if (Interlocked.Exchange(ref interrupted, 1) != 0)
        {
            return;
        }

        // while Chromium prints, the command ends the process itself; otherwise the default action (ending the process)
        // follows once this returns, so the exit status still tells the signal
        context.Cancel = commandEnds;
        exitCode = 128 + context.Signal switch
        {
            PosixSignal.SIGHUP => 1,
            PosixSignal.SIGINT => 2,
            _ => 15,
        };
        output.Abandon();
        cancellation.Cancel(); // its callbacks (killing Chromium) run here, before the process ends
        stderr.WriteLine($"build interrupted ({context.Signal}); the previous output in '{target}' was left as it was");
        stderr.Flush();
    }
}
