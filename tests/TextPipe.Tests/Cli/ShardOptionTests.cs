using System.Text;
using System.Text.Json;

namespace TextPipe.Tests.Cli;

/// <summary>
/// <c>--shard K/N</c>: N runs over the same inputs together give the unsharded records, each once, and in the
/// unsharded order again when merged by (source, meta.line).
/// </summary>
public class ShardOptionTests
{
    private static readonly string[] Texts =
    [
        "今天的天气很好，我们一起去公园散步吧。公园里有很多人。",
        "The committee met on Tuesday. It approved the budget after a long debate.",
        "Le conseil municipal s'est réuni hier soir. Il a voté le nouveau budget.",
        "Die Sitzung dauerte drei Stunden. Am Ende wurde der Plan angenommen.",
        "El tren llegó con retraso. Los pasajeros esperaron en el andén.",
        "東京の朝はとても静かです。駅には人が少ない。",
        "Погода сегодня хорошая. Мы пошли гулять в парк.",
        "研究人员发现，这种方法可以显著提高效率。结果已经发表。",
        "She opened the window and the cold air came in.",
        "Nous avons marché jusqu'au village voisin avant la pluie.",
        "L'équipe a terminé le projet en avance sur le calendrier prévu.",
        "这本书讲述了一个普通家庭三代人的故事。",
    ];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Shards_of_a_directory_together_give_the_unsharded_records(int count)
    {
        using var temp = new TempFolder();
        for (int i = 0; i < Texts.Length; i++)
        {
            temp.File($"corpus/{(i % 3 == 0 ? "sub/" : "")}doc{i:D2}.txt", Texts[i] + "\n");
        }
        string corpus = Path.Combine(temp.Path, "corpus");

        AssertShardsRebuild(count, k => CliRun.Invoke(["convert", corpus, "--shard", $"{k}/{count}", "--jobs", "2"]),
            CliRun.Invoke(["convert", corpus]));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Shards_of_a_dataset_file_split_its_rows(int count)
    {
        using var temp = new TempFolder();
        string dataset = temp.File("rows.jsonl", Dataset(repeat: 25));

        var shards = AssertShardsRebuild(count, k => CliRun.Invoke(["convert", dataset, "--shard", $"{k}/{count}"]),
            CliRun.Invoke(["convert", dataset]));

        // One dataset is shared out, not handed whole to one shard.
        Assert.All(shards, run => Assert.NotEmpty(run.OutputLines));
    }

    [Fact]
    public void Shards_of_json_lines_on_stdin_split_its_rows_as_for_spark_pipe()
    {
        byte[] stdin = Encoding.UTF8.GetBytes(Dataset(repeat: 10));

        AssertShardsRebuild(3, k => CliRun.Invoke(["convert", "-", "--shard", $"{k}/3"], stdin),
            CliRun.Invoke(["convert", "-"], stdin));
    }

    [Fact]
    public void The_same_rows_go_to_the_same_shard_from_a_file_or_from_stdin()
    {
        using var temp = new TempFolder();
        string content = Dataset(repeat: 8);
        string dataset = temp.File("rows.jsonl", content);

        var fromFile = Lines(CliRun.Invoke(["convert", dataset, "--shard", "1/3", "--fields", "id,meta"]));
        var fromStdin = Lines(CliRun.Invoke(["convert", "-", "--shard", "1/3", "--fields", "id,meta"], Encoding.UTF8.GetBytes(content)));

        Assert.Equal(fromFile.Select(MetaLine), fromStdin.Select(MetaLine));
    }

    [Fact]
    public void Plain_text_on_stdin_is_one_input_converted_by_exactly_one_shard()
    {
        byte[] stdin = Encoding.UTF8.GetBytes("Un seul document sur l'entrée standard. Il n'a pas de lignes JSON.\n");

        var runs = Enumerable.Range(0, 4).Select(k => CliRun.Invoke(["convert", "-", "--shard", $"{k}/4"], stdin)).ToArray();

        Assert.All(runs, run => Assert.Equal(0, run.ExitCode));
        Assert.Single(runs, run => run.OutputLines.Length == 1);
        Assert.Equal(3, runs.Count(run => run.OutputLines.Length == 0));
    }

    [Fact]
    public void A_bad_row_is_reported_by_the_one_shard_it_belongs_to()
    {
        using var temp = new TempFolder();
        string dataset = temp.File("rows.jsonl", Dataset(repeat: 3) + "{not json}\n" + Dataset(repeat: 1));

        var runs = Enumerable.Range(0, 3).Select(k => CliRun.Invoke(["convert", dataset, "--shard", $"{k}/3", "--quiet"])).ToArray();

        Assert.Single(runs, run => run.ExitCode == 1 && run.Error.Contains("line ", StringComparison.Ordinal));
        Assert.Equal(2, runs.Count(run => run.ExitCode == 0 && run.Error.Length == 0));
    }

    [Theory]
    [InlineData("4/4")]
    [InlineData("7/3")]
    [InlineData("0/0")]
    [InlineData("-1/2")]
    [InlineData("2")]
    [InlineData("one/two")]
    public void A_bad_shard_is_a_usage_error(string value)
    {
        var run = CliRun.Invoke(["convert", "-", "--shard", value], Encoding.UTF8.GetBytes("texte\n"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--shard", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void Help_promises_the_option()
    {
        var run = CliRun.Invoke(["convert", "--help"]);

        Assert.Contains("--shard", run.Output, StringComparison.Ordinal);
        Assert.Contains("K/N", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Rows in several languages, each with a label field, one per line.</summary>
    private static string Dataset(int repeat)
    {
        var builder = new StringBuilder();
        for (int r = 0; r < repeat; r++)
        {
            for (int i = 0; i < Texts.Length; i++)
            {
                builder.Append(JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = $"{Texts[i]} ({r})", ["label"] = $"l{i}" })).Append('\n');
            }
        }
        return builder.ToString();
    }

    private static CliRun[] AssertShardsRebuild(int count, Func<int, CliRun> runShard, CliRun whole)
    {
        Assert.Equal(0, whole.ExitCode);
        var shards = Enumerable.Range(0, count).Select(runShard).ToArray();
        Assert.All(shards, run => Assert.Equal(0, run.ExitCode));

        string[] expected = whole.OutputLines;
        string[] union = [.. shards.SelectMany(run => run.OutputLines)];

        // As multisets: every record once, whichever shard wrote it.
        Assert.Equal(expected.Order(StringComparer.Ordinal), union.Order(StringComparer.Ordinal));
        // Merged by the documented key, the unsharded order comes back.
        Assert.Equal(expected, union.OrderBy(Source, StringComparer.Ordinal).ThenBy(MetaLine));
        // A real split: no shard holds everything (two records or more to share).
        Assert.All(shards, run => Assert.True(run.OutputLines.Length < expected.Length));
        return shards;
    }

    private static string[] Lines(CliRun run)
    {
        Assert.Equal(0, run.ExitCode);
        return run.OutputLines;
    }

    private static string Source(string record) => JsonDocument.Parse(record).RootElement.GetProperty("source").GetString()!;

    private static long MetaLine(string record) =>
        JsonDocument.Parse(record).RootElement.GetProperty("meta").TryGetProperty("line", out var line) ? line.GetInt64() : 0;
}
