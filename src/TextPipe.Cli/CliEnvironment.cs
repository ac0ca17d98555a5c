namespace TextPipe.Cli;

/// <summary>
/// Everything the CLI needs from the process, resolved once at start-up (ripgrep's way) and passed down
/// as plain values, so commands can be run in-process by tests with their own streams.
/// </summary>
public sealed record CliEnvironment
{
    public required Func<Stream> OpenStandardInput { get; init; }

    public required Stream StandardOutput { get; init; }

    public required TextWriter StandardError { get; init; }

    /// <summary>stdout is a terminal: colour and human layout are welcome there.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>stderr is a terminal: progress lines may be drawn there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>NO_COLOR is set (https://no-color.org) or TERM is dumb.</summary>
    public bool NoColor { get; init; }

    public int ProcessorCount { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// stdout as a plain file stream on descriptor 1 where there is one: the console stream the runtime gives ignores
    /// EPIPE, so a run piped into <c>head -1</c> would convert everything into a closed pipe and never know.
    /// </summary>
    private static Stream OpenStandardOutput()
    {
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                return new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            }
            catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
            {
                // Descriptor 1 closed or not writable: the console stream reports that on the first write.
            }
        }
        return Console.OpenStandardOutput();
    }

    public static CliEnvironment FromProcess()
    {
        var error = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true, NewLine = "\n" };
        return new CliEnvironment
        {
            OpenStandardInput = Console.OpenStandardInput,
            StandardOutput = OpenStandardOutput(),
            StandardError = error,
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                || Environment.GetEnvironmentVariable("TERM") == "dumb",
        };
    }
}
