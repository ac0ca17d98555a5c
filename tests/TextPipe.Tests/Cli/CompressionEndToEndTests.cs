using System.IO.Compression;
using System.Text;
using TextPipe.Tests.Readers.Compression;

namespace TextPipe.Tests.Cli;

public class CompressionEndToEndTests
{
    private const string Note = "Le premier bateau part à six heures.\n\nLe dernier revient avant la nuit.\n";

    private static string Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Unzstd(string path)
    {
        using var zstd = new ZstdSharp.DecompressionStream(File.OpenRead(path));
        using var reader = new StreamReader(zstd, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [Fact]
    public void Compressed_inputs_convert_to_the_same_records_as_plain_ones_but_for_the_source()
    {
        using var temp = new TempFolder();
        string plain = temp.File("note.txt", Note);
        string gz = temp.File("note.txt.gz", CompressedInputTests.Gzip(Note));
        string zst = temp.File("note.txt.zst", CompressedInputTests.Zstd(Note));

        var expected = CliRun.Invoke(["convert", plain]).Output.Replace(plain, "SOURCE", StringComparison.Ordinal);
        var fromGz = CliRun.Invoke(["convert", gz]);
        var fromZst = CliRun.Invoke(["convert", zst]);

        Assert.Equal(0, fromGz.ExitCode);
        Assert.Equal(expected, fromGz.Output.Replace(gz, "SOURCE", StringComparison.Ordinal));
        Assert.Equal(expected, fromZst.Output.Replace(zst, "SOURCE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("out.jsonl.gz")]
    [InlineData("out.jsonl.zst")]
    [InlineData("out.csv.gz")]
    public void Outputs_are_compressed_by_extension_and_keep_the_inner_format(string name)
    {
        using var temp = new TempFolder();
        string input = temp.File("note.txt", Note);
        string output = Path.Combine(temp.Path, name);
        var stdout = CliRun.Invoke(["convert", input, "--format", name.Contains(".csv", StringComparison.Ordinal) ? "csv" : "jsonl"]).Output;

        var run = CliRun.Invoke(["convert", input, "-o", output]);

        Assert.Equal(0, run.ExitCode);
        string written = name.EndsWith(".gz", StringComparison.Ordinal) ? Gunzip(output) : Unzstd(output);
        Assert.Equal(stdout, written);
    }

    [Fact]
    public void A_compressed_output_round_trips_as_an_input()
    {
        using var temp = new TempFolder();
        string input = temp.File("note.txt", Note);
        string output = Path.Combine(temp.Path, "first.txt.zst");

        Assert.Equal(0, CliRun.Invoke(["convert", input, "--format", "txt", "-o", output]).ExitCode);
        var again = CliRun.Invoke(["convert", output, "--format", "txt"]);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Le dernier revient avant la nuit.", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_gzip_input_is_reported_and_the_batch_goes_on_with_exit_code_1()
    {
        using var temp = new TempFolder();
        string text = string.Concat(Enumerable.Range(0, 500).Select(i => $"Phrase numéro {i}.\n"));
        byte[] whole = CompressedInputTests.Gzip(text);
        string truncated = temp.File("a-cut.txt.gz", whole[..(whole.Length * 2 / 3)]);
        string empty = temp.File("b-empty.txt.zst", []);
        string good = temp.File("c-good.txt", Note);

        var run = CliRun.Invoke(["convert", truncated, empty, good, "--jobs", "2"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"textpipe: {truncated}: corrupt or truncated gzip data", run.Error, StringComparison.Ordinal);
        Assert.Contains($"textpipe: {empty}: empty file", run.Error, StringComparison.Ordinal);
        Assert.Single(run.OutputLines);
    }
}
