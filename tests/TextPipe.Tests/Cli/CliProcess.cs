using System.Diagnostics;

namespace TextPipe.Tests.Cli;

/// <summary>Starts the real textpipe program (the build beside the tests) as a process, for what needs one: pipes and signals.</summary>
internal static class CliProcess
{
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "textpipe.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start) ?? throw new InvalidOperationException("could not start textpipe");
    }

    /// <summary>A dataset of <paramref name="rows"/> JSONL rows of ordinary sentences: long enough to take many seconds.</summary>
    public static string BigDataset(TempFolder temp, int rows)
    {
        using var writer = new StreamWriter(Path.Combine(temp.Path, "big.jsonl"));
        for (int i = 0; i < rows; i++)
        {
            writer.Write("{\"text\":\"Row ");
            writer.Write(i);
            writer.Write(": the ferry leaves the harbour at dawn, and the crew checks the ropes twice before the bell.\"}\n");
        }
        return Path.Combine(temp.Path, "big.jsonl");
    }
}
