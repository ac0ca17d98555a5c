using TextPipe.Tests.Writers;

namespace TextPipe.Tests.Cli;

/// <summary><c>convert</c> to Parquet: from the -o extension or --format, per file or per input folder, never to a terminal.</summary>
public class ParquetOutputTests
{
    private static readonly byte[] Mixed = "Le conseil municipal a voté le budget.\n\n市议会通过了新的预算方案。\n"u8.ToArray();

    [Fact]
    public void An_output_ending_in_parquet_is_a_parquet_file_holding_the_records_jsonl_would()
    {
        using var temp = new TempFolder();
        string output = Path.Combine(temp.Path, "out.parquet");

        var run = CliRun.Invoke(["convert", "-", "-o", output, "--unit", "paragraph"], Mixed);
        var jsonl = CliRun.Invoke(["convert", "-", "--unit", "paragraph"], Mixed);

        Assert.Equal(0, run.ExitCode);
        byte[] file = File.ReadAllBytes(output);
        Assert.Equal("PAR1"u8.ToArray(), file[..4]);
        Assert.Equal("PAR1"u8.ToArray(), file[^4..]);
        var table = ParquetTable.Read(file);
        Assert.Equal(jsonl.OutputLines.Length, table.Rows.Count);
        Assert.Equal(["Le conseil municipal a voté le budget.", "市议会通过了新的预算方案。"], table.Rows.Select(r => (string?)r["text"]));
        Assert.Equal(["fr", "zh-Hans"], table.Rows.Select(r => (string?)r["lang"]));
    }

    [Fact]
    public void Format_parquet_on_redirected_stdout_writes_the_file_there()
    {
        var run = CliRun.Invoke(["convert", "-", "--format", "parquet", "--fields", "lang,text"], Mixed);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("PAR1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Parquet_output_to_a_folder_writes_one_parquet_file_per_input()
    {
        using var temp = new TempFolder();
        string inputs = Path.Combine(temp.Path, "in");
        Directory.CreateDirectory(inputs);
        File.WriteAllBytes(Path.Combine(inputs, "a.txt"), Mixed);
        File.WriteAllText(Path.Combine(inputs, "b.txt"), "Un deuxième document, en français.\n");
        string outputs = Path.Combine(temp.Path, "out") + "/";

        var run = CliRun.Invoke(["convert", inputs, "-o", outputs, "--format", "parquet"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Single(ParquetTable.Read(File.ReadAllBytes(Path.Combine(outputs, "a.txt.parquet"))).Rows);
        Assert.Single(ParquetTable.Read(File.ReadAllBytes(Path.Combine(outputs, "b.txt.parquet"))).Rows);
    }

    [Theory]
    [InlineData("out.parquet.gz")]
    [InlineData("out.parquet.zst")]
    public void A_compressed_parquet_name_is_a_usage_error(string name)
    {
        using var temp = new TempFolder();
        string output = Path.Combine(temp.Path, name);

        var run = CliRun.Invoke(["convert", "-", "-o", output], Mixed);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("compressed inside", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Parquet_is_not_written_to_a_terminal()
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var environment = new TextPipe.Cli.CliEnvironment
        {
            OpenStandardInput = () => new MemoryStream(Mixed),
            StandardOutput = stdout,
            StandardError = stderr,
            OutputIsTerminal = true,
            ProcessorCount = 1,
        };

        int code = TextPipe.Cli.TextPipeApp.Run(["convert", "-", "--format", "parquet"], environment);

        Assert.Equal(2, code);
        Assert.Equal(0, stdout.Length);
        Assert.Contains("-o FILE.parquet", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lean_applies_to_parquet_as_to_jsonl()
    {
        using var temp = new TempFolder();
        string output = Path.Combine(temp.Path, "lean.parquet");

        var run = CliRun.Invoke(["convert", "-", "-o", output, "--lean"], Mixed);

        Assert.Equal(0, run.ExitCode);
        var names = ParquetTable.Read(File.ReadAllBytes(output)).Fields.Select(f => f.Name).ToArray();
        Assert.DoesNotContain("paragraphs", names);
        Assert.Contains("text", names);
    }
}
