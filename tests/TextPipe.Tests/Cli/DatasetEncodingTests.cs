using System.Text;
using System.Text.Json;

namespace TextPipe.Tests.Cli;

/// <summary>CSV and JSONL in legacy encodings: read with their real column names, or named with --encoding.</summary>
public class DatasetEncodingTests
{
    static DatasetEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string JapaneseCsv =
        "名前,年齢,感想\n" +
        "山田太郎,34,駅から近くてとても便利なホテルでした。朝食もおいしかったです。\n" +
        "佐藤花子,28,部屋は少し狭いですが、清潔で静かでした。また泊まりたいと思います。\n" +
        "鈴木一郎,45,スタッフの対応が丁寧で、気持ちよく過ごせました。\n";

    private const string ChineseCsv =
        "标签,评论\n" +
        "1,酒店位置很好，离地铁站只有五分钟，房间干净整洁。\n" +
        "0,服务态度一般，早餐种类太少，不会再来了。\n" +
        "1,性价比很高，前台工作人员非常热情，推荐大家入住。\n";

    private static JsonElement[] Records(CliRun run) => [.. run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement)];

    [Theory]
    [InlineData("shift_jis", JapaneseCsv, "感想", "名前", "shift_jis")]
    [InlineData("gbk", ChineseCsv, "评论", "标签", "gb18030")]
    public void A_legacy_encoded_csv_is_detected_and_read_with_its_real_column_names(string encodingName, string csv, string textColumn, string otherColumn, string reported)
    {
        using var temp = new TempFolder();
        string path = temp.File("data.csv", Encoding.GetEncoding(encodingName).GetBytes(csv));

        var run = CliRun.Invoke(["convert", path, "--text-field", textColumn]);

        Assert.Equal(0, run.ExitCode);
        var records = Records(run);
        Assert.Equal(3, records.Length);
        Assert.All(records, r => Assert.Equal(reported, r.GetProperty("encoding").GetString()));
        string firstText = csv.Split('\n')[1].Split(',')[^1];
        Assert.Equal(firstText, records[0].GetProperty("text").GetString());
        Assert.True(records[0].GetProperty("meta").GetProperty("fields").TryGetProperty(otherColumn, out _));
    }

    [Fact]
    public void A_wrong_text_column_in_a_legacy_csv_lists_the_real_names_and_how_it_was_read()
    {
        using var temp = new TempFolder();
        string path = temp.File("data.csv", Encoding.GetEncoding("shift_jis").GetBytes(JapaneseCsv));

        var run = CliRun.Invoke(["convert", path]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"textpipe: {path}: no \"text\" column (columns: 名前, 年齢, 感想; choose one with --text-field; read as shift_jis, name another with --encoding)", run.ErrorLines[0]);
    }

    [Fact]
    public void Encoding_names_the_encoding_of_a_csv_a_jsonl_and_a_text_file()
    {
        using var temp = new TempFolder();
        var gbk = Encoding.GetEncoding("gbk");
        string csv = temp.File("c.csv", gbk.GetBytes(ChineseCsv));
        string jsonl = temp.File("j.jsonl", gbk.GetBytes("{\"评论\":\"房间很大，窗外风景优美。\"}\n"));
        string text = temp.File("t.txt", gbk.GetBytes("这是一段用国标码保存的中文文字。\n"));

        var csvRun = CliRun.Invoke(["convert", csv, "--text-field", "评论", "--encoding", "GBK"]);
        var jsonlRun = CliRun.Invoke(["convert", jsonl, "--text-field", "评论", "--encoding", "gbk"]);
        var textRun = CliRun.Invoke(["convert", text, "--encoding", "gb2312"]);

        Assert.Equal(0, csvRun.ExitCode);
        Assert.Equal("gb18030", Records(csvRun)[0].GetProperty("encoding").GetString());
        Assert.Equal(0, jsonlRun.ExitCode);
        Assert.Equal("房间很大，窗外风景优美。", Records(jsonlRun)[0].GetProperty("text").GetString());
        Assert.Equal(0, textRun.ExitCode);
        Assert.Equal("这是一段用国标码保存的中文文字。", Records(textRun)[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_wrongly_named_encoding_is_obeyed_not_second_guessed()
    {
        using var temp = new TempFolder();
        string path = temp.File("t.txt", Encoding.UTF8.GetBytes("Größe und Maße.\n"));

        var run = CliRun.Invoke(["convert", path, "--encoding", "windows-1252"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("windows-1252", Records(run)[0].GetProperty("encoding").GetString());
    }

    [Theory]
    [InlineData("klingon-8")]
    [InlineData("utf-9")]
    public void An_unknown_encoding_is_a_usage_error(string name)
    {
        var run = CliRun.Invoke(["convert", "-", "--encoding", name], "text\n"u8.ToArray());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--encoding: unknown encoding '{name}'", run.Error, StringComparison.Ordinal);
        Assert.Contains("shift_jis", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_after_a_valid_utf8_start_stops_the_file_naming_encoding_instead_of_replacing_bytes()
    {
        using var temp = new TempFolder();
        var rows = new StringBuilder("id,text\n");
        for (int i = 1; rows.Length < 80_000; i++)
        {
            rows.Append(i).Append(",Ligne numéro ").Append(i).Append(" du fichier, écrite en UTF-8.\n");
        }
        byte[] head = Encoding.UTF8.GetBytes(rows.ToString());
        byte[] tail = Encoding.GetEncoding("windows-1252").GetBytes("99999,Dernière ligne en Windows-1252.\n");
        string path = temp.File("late.csv", [.. head, .. tail]);

        var run = CliRun.Invoke(["convert", path, "--format", "txt"]);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("\uFFFD", run.Output, StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {path}: line ", StringComparison.Ordinal) && l.Contains("not valid UTF-8", StringComparison.Ordinal) && l.Contains("--encoding", StringComparison.Ordinal));
    }

    [Fact]
    public void A_utf8_csv_stays_utf8()
    {
        using var temp = new TempFolder();
        string path = temp.File("u.csv", ChineseCsv);

        var run = CliRun.Invoke(["convert", path, "--text-field", "评论"]);

        Assert.Equal(0, run.ExitCode);
        Assert.All(Records(run), r => Assert.Equal("utf-8", r.GetProperty("encoding").GetString()));
    }
}
