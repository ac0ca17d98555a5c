using System.Text;
using TextPipe.Tests.Cli;
using TextPipe.Tests.Readers.Compression;

namespace TextPipe.Tests.Conversion;

public class DatasetBatchTests
{
    private static string Corpus(int rows) =>
        string.Concat(Enumerable.Range(1, rows).Select(i => i % 97 == 13
            ? "{\"text\": broken}\n"
            : $"{{\"id\":{i},\"text\":\"Ligne {i} :le bateau part .\\n第{i}行。\"}}\n"));

    [Fact]
    public void Output_bytes_are_the_same_for_one_and_four_jobs_and_rows_keep_their_order()
    {
        using var temp = new TempFolder();
        string input = temp.File("corpus.jsonl", Corpus(700));

        var one = CliRun.Invoke(["convert", input, "--jobs", "1"]);
        var four = CliRun.Invoke(["convert", input, "--jobs", "4"], processorCount: 4);

        Assert.Equal(1, one.ExitCode);
        Assert.Equal(one.Output, four.Output);
        Assert.Equal(one.Error, four.Error);
        Assert.Equal(700 - 8, one.OutputLines.Length); // rows 13, 110, ... 692 are broken
        Assert.Contains("\"line\":700,", one.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_are_reported_with_file_and_line_the_batch_goes_on_and_the_exit_code_is_1()
    {
        using var temp = new TempFolder();
        string input = temp.File("a.jsonl", "{\"text\":\"Bon.\"}\nnot json\n{\"title\":\"no text\"}\n{\"text\":\"Encore bon.\"}\n");
        string other = temp.File("b.txt", "Un autre fichier.");

        var run = CliRun.Invoke(["convert", input, other]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(3, run.OutputLines.Length);
        Assert.Contains($"textpipe: {input}: line 2: invalid JSON", run.Error, StringComparison.Ordinal);
        Assert.Contains($"textpipe: {input}: line 3: no \"text\" field", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_field_option_chooses_the_field_and_other_fields_reach_the_record()
    {
        using var temp = new TempFolder();
        string input = temp.File("rows.csv", "url,body\nhttps://a.example,Le texte.\n");

        var run = CliRun.Invoke(["convert", input, "--text-field", "body"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"line\":2,\"fields\":{\"url\":\"https://a.example\"}", run.Output, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"Le texte.\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_text_column_fails_the_input_once()
    {
        using var temp = new TempFolder();
        string input = temp.File("rows.csv", "url,body\nx,y\n");

        var run = CliRun.Invoke(["convert", input]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal([$"textpipe: {input}: no \"text\" column (columns: url, body; choose one with --text-field)", "textpipe: 1 of 1 documents failed (files or dataset rows)"], run.ErrorLines);
    }

    [Fact]
    public void Compressed_datasets_stream_like_plain_ones_and_a_truncated_one_is_reported_after_its_good_rows()
    {
        using var temp = new TempFolder();
        string corpus = Corpus(400);
        string plain = temp.File("c.jsonl", corpus);
        string gz = temp.File("c.jsonl.gz", CompressedInputTests.Gzip(corpus));
        string zst = temp.File("c.jsonl.zst", CompressedInputTests.Zstd(corpus));
        byte[] whole = CompressedInputTests.Gzip(corpus);
        string cut = temp.File("cut.jsonl.gz", whole[..(whole.Length / 2)]);

        // Ids come from the source name, which differs; everything else must not.
        string Normalise(string output, string path) =>
            System.Text.RegularExpressions.Regex.Replace(output.Replace(path, "X", StringComparison.Ordinal), "\"id\":\"[0-9a-f]+\"", "\"id\":\"\"");
        var expected = Normalise(CliRun.Invoke(["convert", plain]).Output, plain);

        Assert.Equal(expected, Normalise(CliRun.Invoke(["convert", gz, "--jobs", "3"]).Output, gz));
        Assert.Equal(expected, Normalise(CliRun.Invoke(["convert", zst]).Output, zst));
        var truncated = CliRun.Invoke(["convert", cut]);
        Assert.Equal(1, truncated.ExitCode);
        Assert.Contains($"textpipe: {cut}: corrupt or truncated gzip data", truncated.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_output_gets_one_file_holding_every_row_of_a_dataset()
    {
        using var temp = new TempFolder();
        string input = temp.File("in/rows.jsonl", "{\"text\":\"Un.\"}\n{\"text\":\"Deux.\"}\n{\"text\":\"Trois.\"}\n");
        string output = Path.Combine(temp.Path, "out") + Path.DirectorySeparatorChar;

        var run = CliRun.Invoke(["convert", Path.Combine(temp.Path, "in"), "-o", output]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(output, "rows.jsonl.jsonl"), Encoding.UTF8).Length);
    }

    [Fact]
    public void Stdin_is_read_as_a_dataset_when_the_format_is_forced()
    {
        var run = CliRun.Invoke(["convert", "-", "--format-in", "jsonl"], Encoding.UTF8.GetBytes("{\"text\":\"A.\"}\n{\"text\":\"B.\"}\n"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
    }
}
