using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace TextPipe.Tests.Cli;

/// <summary>
/// Output files appear whole or not at all (temporary file, renamed when complete); a full disk is a clear error with
/// exit code 1; a closed stdout ends the run quietly and at once; Ctrl-C leaves no half file behind.
/// </summary>
public class OutputIntegrityTests
{
    private static string[] HiddenLeftovers(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).StartsWith('.'))];

    [Theory]
    [InlineData("out.jsonl")]
    [InlineData("out.csv.gz")]
    [InlineData("out.txt.zst")]
    public void A_complete_run_leaves_only_the_output_file(string name)
    {
        using var temp = new TempFolder();
        string input = temp.File("in/a.txt", "Le bateau part à l'aube.");
        string output = Path.Combine(temp.Path, name);

        var run = CliRun.Invoke(["convert", input, "-o", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(output));
        Assert.True(new FileInfo(output).Length > 0);
        Assert.Empty(HiddenLeftovers(temp.Path));
    }

    [Fact]
    public void A_stats_file_that_cannot_be_put_in_place_fails_the_run_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        string input = temp.File("a.txt", "Some text.");
        string output = temp.File("out.jsonl", "previous run\n");
        // The stats file cannot be written (a folder is in its way), so the run fails after the records were written.
        Directory.CreateDirectory(Path.Combine(temp.Path, "stats.json"));

        var run = CliRun.Invoke(["convert", input, "-o", output, "--stats", Path.Combine(temp.Path, "stats.json")]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Empty(HiddenLeftovers(temp.Path));
        Assert.Contains("{\"id\"", File.ReadAllText(output), StringComparison.Ordinal); // records were complete: renamed before the stats
    }

    [Fact]
    public void An_output_that_is_also_an_input_is_a_usage_error_and_the_input_is_untouched()
    {
        using var temp = new TempFolder();
        string input = temp.File("victim.txt", "Precious words.");

        var run = CliRun.Invoke(["convert", input, "-o", input]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("is also an input", run.Error, StringComparison.Ordinal);
        Assert.Equal("Precious words.", File.ReadAllText(input));
    }

    [Fact]
    public void An_output_file_inside_an_input_folder_is_not_read_as_an_input()
    {
        using var temp = new TempFolder();
        temp.File("dir/a.txt", "First text.");
        string output = temp.File("dir/all.jsonl", "{\"text\":\"stale output of an earlier run\"}\n");

        var run = CliRun.Invoke(["convert", Path.Combine(temp.Path, "dir"), "-o", output]);

        Assert.Equal(0, run.ExitCode);
        string[] records = File.ReadAllLines(output);
        Assert.Single(records);
        Assert.Contains("First text.", records[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_folder_inside_an_input_folder_is_not_read_as_input_on_the_next_run()
    {
        using var temp = new TempFolder();
        string dir = Path.Combine(temp.Path, "dir");
        temp.File("dir/a.txt", "First text.");
        string outFolder = Path.Combine(dir, "out") + "/";

        var first = CliRun.Invoke(["convert", dir, "-o", outFolder]);
        var second = CliRun.Invoke(["convert", dir, "-o", outFolder]);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(["a.txt.jsonl"], Directory.EnumerateFiles(outFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public void Per_input_outputs_leave_no_temporary_files()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", "One.");
        temp.File("in/sub/b.txt", "Two.");
        string outFolder = Path.Combine(temp.Path, "out") + "/";

        var run = CliRun.Invoke(["convert", Path.Combine(temp.Path, "in"), "-o", outFolder]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, Directory.EnumerateFiles(outFolder, "*.jsonl", SearchOption.AllDirectories).Count());
        Assert.Empty(HiddenLeftovers(outFolder));
    }

    [Theory]
    [InlineData("/dev/full")]
    public void A_full_disk_ends_with_a_message_and_exit_code_1(string device)
    {
        if (!File.Exists(device))
        {
            return; // not Linux
        }
        using var temp = new TempFolder();
        string input = temp.File("a.txt", string.Concat(Enumerable.Repeat("A sentence of some length to fill a buffer. ", 4000)));

        var run = CliRun.Invoke(["convert", input, "-o", device]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No space left on device", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_stdout_ends_the_run_quietly_and_at_once()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var temp = new TempFolder();
        string input = CliProcess.BigDataset(temp, 200_000);
        using var process = CliProcess.Start("convert", input, "--jobs", "1");
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        string? first = process.StandardOutput.ReadLine();
        process.StandardOutput.Close(); // as `| head -1` does
        bool ended = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!ended)
        {
            process.Kill();
        }

        Assert.NotNull(first);
        Assert.StartsWith("{\"id\"", first, StringComparison.Ordinal);
        Assert.True(ended, "textpipe kept converting into a closed pipe");
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await errors);
    }

    [Fact]
    public void An_interrupted_run_leaves_no_output_file_that_looks_complete()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        using var temp = new TempFolder();
        string input = CliProcess.BigDataset(temp, 200_000);
        string output = Path.Combine(temp.Path, "out", "records.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        File.WriteAllText(output, "previous\n");
        using var process = CliProcess.Start("convert", input, "--jobs", "1", "-o", output);

        // Wait until records are being written to the temporary file, then interrupt as Ctrl-C does.
        var deadline = Stopwatch.StartNew();
        while (!HiddenLeftovers(Path.GetDirectoryName(output)!).Any(f => new FileInfo(f).Length > 0) && deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(50);
        }
        Assert.NotEmpty(HiddenLeftovers(Path.GetDirectoryName(output)!));
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }
        bool ended = process.WaitForExit(TimeSpan.FromSeconds(30));
        if (!ended)
        {
            process.Kill();
        }

        Assert.True(ended);
        Assert.NotEqual(0, process.ExitCode);
        Assert.Equal("previous\n", File.ReadAllText(output));
        Assert.Empty(HiddenLeftovers(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void A_compressed_output_is_complete_when_the_run_ends()
    {
        using var temp = new TempFolder();
        string input = temp.File("a.txt", "Le bateau part.\n\nThe ferry leaves.");
        string output = Path.Combine(temp.Path, "out.jsonl.gz");

        var run = CliRun.Invoke(["convert", input, "-o", output]);

        using var gzip = new GZipStream(File.OpenRead(output), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The ferry leaves.", reader.ReadToEnd(), StringComparison.Ordinal);
    }
}
