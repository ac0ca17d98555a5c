namespace TextPipe.Cli;

/// <summary>A command line that parses but makes no sense (e.g. <c>--jobs 0</c>): reported with exit code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException()
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
