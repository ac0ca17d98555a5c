using System.Text.Json;

namespace TextPipe.Tests.Cli;

/// <summary>A wrong --text-field is one error per file; inspect shows one row of a dataset.</summary>
public class DatasetMannersTests
{
    private static string Jsonl(int rows) => string.Concat(Enumerable.Range(1, rows).Select(i =>
        $"{{\"label\":{i % 3},\"sentence\":\"第{i}条新闻：市政府宣布新的交通计划。Ligne {i} du corpus.\"}}\n"));

    [Fact]
    public void A_missing_text_field_is_one_error_per_file_listing_the_fields()
    {
        using var temp = new TempFolder();
        string a = temp.File("a.jsonl", Jsonl(240));
        string b = temp.File("b.jsonl", "{\"id\":1,\"body\":\"Texte.\"}\n{\"id\":2,\"body\":\"Autre.\"}\n");

        var run = CliRun.Invoke(["convert", a, b]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Equal(
            [
                $"textpipe: {a}: no \"text\" field (fields: label, sentence; choose one with --text-field)",
                $"textpipe: {b}: no \"text\" field (fields: id, body; choose one with --text-field)",
                "textpipe: 2 of 2 documents failed (files or dataset rows)",
            ],
            run.ErrorLines);
    }

    [Fact]
    public void A_row_without_the_field_after_a_good_first_row_fails_alone()
    {
        using var temp = new TempFolder();
        string path = temp.File("rows.jsonl", "{\"text\":\"Erste Zeile.\"}\n{\"titel\":\"ohne Text\"}\n{\"text\":\"Dritte Zeile.\"}\n");

        var run = CliRun.Invoke(["convert", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.StartsWith($"textpipe: {path}: line 2: no \"text\" field", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_row_shows_the_row_by_number_or_by_id()
    {
        using var temp = new TempFolder();
        string path = temp.File("news.jsonl", Jsonl(5));
        string id = JsonDocument.Parse(CliRun.Invoke(["convert", path, "--text-field", "sentence"]).OutputLines[3]).RootElement.GetProperty("id").GetString()!;

        var byNumber = CliRun.Invoke(["inspect", path, "--text-field", "sentence", "--row", "4"]);
        var byId = CliRun.Invoke(["inspect", path, "--text-field", "sentence", "--row", id]);

        Assert.Equal(0, byNumber.ExitCode);
        Assert.Contains("第4条新闻", byNumber.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("第3条新闻", byNumber.Output, StringComparison.Ordinal);
        Assert.Contains(id, byNumber.Output, StringComparison.Ordinal);
        Assert.Equal(byNumber.Output, byId.Output);
    }

    [Fact]
    public void Inspect_row_counts_csv_rows_after_the_header_and_says_when_there_is_no_such_row()
    {
        using var temp = new TempFolder();
        string path = temp.File("r.csv", "note,text\na,Primera fila del archivo.\nb,Segunda fila del archivo.\n");

        var second = CliRun.Invoke(["inspect", path, "--row", "2"]);
        var missing = CliRun.Invoke(["inspect", path, "--row", "9"]);
        var badId = CliRun.Invoke(["inspect", path, "--row", "0123456789abcdef"]);

        Assert.Contains("Segunda fila", second.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Equal($"textpipe: {path}: no row 9: the dataset has 2 rows", missing.ErrorLines[0]);
        Assert.Equal(1, badId.ExitCode);
        Assert.Contains("no row with id 0123456789abcdef", badId.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_without_row_on_a_dataset_points_to_row_and_row_on_a_text_file_is_refused()
    {
        using var temp = new TempFolder();
        string dataset = temp.File("news.jsonl", Jsonl(3));
        string text = temp.File("note.txt", "Une simple note, pas un jeu de données.\n");

        var whole = CliRun.Invoke(["inspect", dataset, "--text-field", "sentence"]);
        var notDataset = CliRun.Invoke(["inspect", text, "--row", "1"]);

        Assert.Equal(1, whole.ExitCode);
        Assert.Contains("--row N", whole.Error, StringComparison.Ordinal);
        Assert.Equal(1, notDataset.ExitCode);
        Assert.Contains("not a dataset", notDataset.Error, StringComparison.Ordinal);
    }
}
