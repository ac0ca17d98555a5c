using System.Text;
using System.Text.Json;

namespace TextPipe.Tests.Cli;

/// <summary>JSON Lines is read as rows whatever the file is called; prose that merely starts with a brace is not.</summary>
public class JsonLinesDetectionTests
{
    private const string Rows =
        "{\"label\":\"sport\",\"content\":\"昨晚的比赛非常精彩，主队在最后一分钟进球。\"}\n" +
        "{\"label\":\"culture\",\"content\":\"Le musée rouvre ses portes après deux ans de travaux.\"}\n" +
        "{\"label\":\"tech\",\"content\":\"Das neue Gesetz regelt den Umgang mit Daten.\"}\n";

    private static string[] Texts(CliRun run) =>
        [.. run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)];

    [Theory]
    [InlineData("news.json")]
    [InlineData("news.ndjson")]
    [InlineData("news.txt")]
    [InlineData("news")]
    public void Json_lines_in_a_file_of_any_name_are_rows(string name)
    {
        using var temp = new TempFolder();
        string path = temp.File(name, Rows);

        var run = CliRun.Invoke(["convert", path, "--text-field", "content"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.OutputLines.Length);
        Assert.StartsWith("昨晚的比赛非常精彩", Texts(run)[0], StringComparison.Ordinal);
        Assert.Equal("Das neue Gesetz regelt den Umgang mit Daten.", Texts(run)[2]);
        Assert.All(run.OutputLines, l => Assert.Contains("\"format\":\"jsonl\"", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lines_in_a_gzip_file_without_jsonl_in_its_name_and_on_stdin_are_rows()
    {
        using var temp = new TempFolder();
        string gz = temp.File("dump.gz", Readers.Compression.CompressedInputTests.Gzip(Rows));

        var fromFile = CliRun.Invoke(["convert", gz, "--text-field", "content"]);
        var fromStdin = CliRun.Invoke(["convert", "-", "--text-field", "content"], Encoding.UTF8.GetBytes(Rows));

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(3, fromFile.OutputLines.Length);
        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(Texts(fromFile), Texts(fromStdin));
    }

    [Fact]
    public void Rows_known_by_content_are_reported_with_their_line_like_any_dataset()
    {
        using var temp = new TempFolder();
        string path = temp.File("mixed.json", "{\"content\":\"Première ligne.\"}\n{\"content\": broken}\n{\"content\":\"Troisième.\"}\n");

        var run = CliRun.Invoke(["convert", path, "--text-field", "content"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.StartsWith($"textpipe: {path}: line 2: invalid JSON", run.ErrorLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"text\":\"一\"},{\"text\":\"二\"}]\n")]
    [InlineData("{\n  \"text\": \"Un seul objet sur plusieurs lignes.\"\n}\n")]
    public void A_single_json_document_is_a_clear_error_never_prose(string json)
    {
        using var temp = new TempFolder();
        string path = temp.File("export.json", json);

        var run = CliRun.Invoke(["convert", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith($"textpipe: {path}: a JSON document", run.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("one JSON object per line", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{draft} Le texte commence ici, sans JSON.\n\nSecond paragraphe.\n")]
    [InlineData("[1] Smith, J. A study of harbours. 2004.\n[2] 王明：港口研究。\n")]
    [InlineData("{\"a\":1} this line is not JSON Lines, only starts like it.\n")]
    public void Prose_that_starts_like_json_stays_prose(string text)
    {
        using var temp = new TempFolder();
        string path = temp.File("notes.txt", text);

        var run = CliRun.Invoke(["convert", path]);

        Assert.Equal(0, run.ExitCode);
        var record = JsonDocument.Parse(run.Output).RootElement;
        Assert.NotEqual("jsonl", record.GetProperty("format").GetString());
    }
}
