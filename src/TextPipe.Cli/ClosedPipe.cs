namespace TextPipe.Cli;

/// <summary>Tells the error of writing to a pipe whose reader has gone (<c>textpipe convert big/ | head -1</c>) from a real write failure.</summary>
internal static class ClosedPipe
{
    /// <summary>EPIPE on Linux and macOS; the runtime puts the errno in HResult of the exceptions it makes from one.</summary>
    private const int Epipe = 32;

    /// <summary>ERROR_BROKEN_PIPE and ERROR_NO_DATA on Windows, as HRESULTs.</summary>
    private const int WindowsBrokenPipe = unchecked((int)0x8007006D);
    private const int WindowsNoData = unchecked((int)0x800700E8);

    public static bool Is(IOException e) =>
        e is not null && (e.HResult is Epipe or WindowsBrokenPipe or WindowsNoData || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase));
}
