using System.Runtime.InteropServices;

namespace TextPipe.Cli;

/// <summary>
/// Runs a clean-up when the process is told to stop (Ctrl-C, <c>kill</c>, a closed terminal) and then lets it stop as
/// the signal asks: used to delete output files still being written, so an interrupted run leaves none that look complete.
/// </summary>
internal sealed class InterruptCleanup : IDisposable
{
    private readonly List<PosixSignalRegistration> registrations = [];

    private InterruptCleanup(Action cleanup)
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            try
            {
                registrations.Add(PosixSignalRegistration.Create(signal, _ => cleanup()));
            }
            catch (PlatformNotSupportedException)
            {
                // SIGHUP and SIGQUIT do not exist on Windows; Ctrl-C does.
            }
        }
    }

    public static InterruptCleanup Register(Action cleanup) => new(cleanup);

    public void Dispose()
    {
        foreach (var registration in registrations)
        {
            registration.Dispose();
        }
    }
}
