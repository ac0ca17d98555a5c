namespace TextPipe.Cli.Commands;

/// <summary>Turns the exceptions a command may end with into the right message and exit code.</summary>
internal static class CommandRunner
{
    public static int Guard(CliEnvironment environment, Func<int> run)
    {
        try
        {
            return run();
        }
        catch (UsageException e)
        {
            environment.StandardError.WriteLine($"textpipe: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (IOException e) when (ClosedPipe.Is(e))
        {
            // `textpipe inspect big.pdf | head -20`: the reader has what it wanted; stop quietly, as convert does.
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Output could not be written (disk full, no permission, closed pipe): nothing more can be done.
            environment.StandardError.WriteLine($"textpipe: {e.Message}");
            return ExitCodes.InputFailed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug outside any one document (in writing, say): one line to report, not a stack trace over the records.
            environment.StandardError.WriteLine($"textpipe: internal error ({e.GetType().Name}): {e.Message}");
            return ExitCodes.InputFailed;
        }
    }
}
