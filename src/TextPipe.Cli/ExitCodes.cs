namespace TextPipe.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Some input could not be converted, or a check failed.</summary>
    public const int InputFailed = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int UsageError = 2;
}
