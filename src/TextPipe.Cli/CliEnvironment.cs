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

    public static CliEnvironment FromProcess()
    {
        var error = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true, NewLine = "\n" };
        return new CliEnvironment
        {
            OpenStandardInput = Console.OpenStandardInput,
            StandardOutput = Console.OpenStandardOutput(),
            StandardError = error,
            OutputIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            NoColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
                || Environment.GetEnvironmentVariable("TERM") == "dumb",
        };
    }
}
