using System.Text;
using TextPipe.Cli;

namespace TextPipe.Tests.Cli;

/// <summary>Runs the real command tree in-process with captured streams.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Invoke(string[] args, byte[]? stdin = null, int processorCount = 2)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter { NewLine = "\n" };
        var environment = new CliEnvironment
        {
            OpenStandardInput = () => new MemoryStream(stdin ?? []),
            StandardOutput = stdout,
            StandardError = stderr,
            ProcessorCount = processorCount,
        };
        int code = TextPipeApp.Run(args, environment);
        return new CliRun(code, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    public string[] OutputLines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
