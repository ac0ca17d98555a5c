using System.Text;
using System.Text.Json;

namespace TextPipe.Tests.Cli;

public class ConvertCommandTests
{
    static ConvertCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] SeedFiles = Directory.GetFiles(RepoPaths.Seeds).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Converting_the_seeds_prints_one_json_record_per_seed()
    {
        var run = CliRun.Invoke(["convert", RepoPaths.Seeds]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(SeedFiles.Length, run.OutputLines.Length);
        var sources = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()).ToArray();
        Assert.Equal(SeedFiles.Select(Path.GetFileName), sources.Select(Path.GetFileName));
    }

    [Fact]
    public void Output_bytes_do_not_depend_on_the_job_count()
    {
        var one = CliRun.Invoke(["convert", RepoPaths.Seeds, "--jobs", "1"]);
        var four = CliRun.Invoke(["convert", RepoPaths.Seeds, "--jobs", "4"]);
        var many = CliRun.Invoke(["convert", RepoPaths.Seeds, RepoPaths.Seeds, RepoPaths.Seeds, "-j", "3"]);

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(one.Output, four.Output);
        Assert.Equal(string.Concat(Enumerable.Repeat(one.Output, 3)), many.Output);
    }

    [Theory]
    [InlineData("gb18030")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_seed_in_another_encoding_gives_the_same_text(string encodingName)
    {
        using var temp = new TempFolder();
        string seed = SeedFiles.First(f => File.ReadAllText(f).Any(c => c >= 0x4E00 && c <= 0x9FFF));
        string original = File.ReadAllText(seed, Encoding.UTF8);
        var encoding = Encoding.GetEncoding(encodingName);
        string copy = temp.File("copy.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(original)]);

        var utf8 = Record(CliRun.Invoke(["convert", seed]));
        var other = Record(CliRun.Invoke(["convert", copy]));

        Assert.Equal(utf8.GetProperty("text").GetString(), other.GetProperty("text").GetString());
        Assert.Equal(utf8.GetProperty("id").GetString(), other.GetProperty("id").GetString());
        Assert.NotEqual("utf-8", other.GetProperty("encoding").GetString());
    }

    [Fact]
    public void Bad_inputs_each_get_one_error_line_and_good_inputs_are_still_converted()
    {
        using var temp = new TempFolder();
        string good1 = temp.File("good1.txt", "Bonjour tout le monde. Ceci est un paragraphe.\n");
        string empty = temp.File("empty.txt", "");
        string binary = temp.File("blob.txt", [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x80, 0x00, 0x7F, 0x00, 0x00, 0x03]);
        string huge = temp.File("huge.txt", Encoding.ASCII.GetBytes(new string('a', 50 * 1024 * 1024)));
        string emptyDir = Path.Combine(temp.Path, "nothing-here");
        Directory.CreateDirectory(emptyDir);
        string missing = Path.Combine(temp.Path, "missing.txt");
        string good2 = temp.File("good2.md", "# 标题\n\n这是一个段落。\n");

        var run = CliRun.Invoke(["convert", good1, empty, binary, huge, emptyDir, missing, good2]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(2, run.OutputLines.Length);
        Assert.Equal([good1, good2], run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("source").GetString()));
        var errors = run.ErrorLines;
        Assert.Equal(6, errors.Length); // five bad inputs and the closing count
        Assert.StartsWith($"textpipe: {empty}: ", errors[0], StringComparison.Ordinal);
        Assert.Contains("empty", errors[0], StringComparison.Ordinal);
        Assert.StartsWith($"textpipe: {binary}: ", errors[1], StringComparison.Ordinal);
        Assert.Contains("binary", errors[1], StringComparison.Ordinal);
        Assert.StartsWith($"textpipe: {huge}: ", errors[2], StringComparison.Ordinal);
        Assert.Contains("line 1", errors[2], StringComparison.Ordinal);
        Assert.StartsWith($"textpipe: {emptyDir}: ", errors[3], StringComparison.Ordinal);
        Assert.Contains("no readable files", errors[3], StringComparison.Ordinal);
        Assert.StartsWith($"textpipe: {missing}: ", errors[4], StringComparison.Ordinal);
        Assert.Contains("no such file", errors[4], StringComparison.Ordinal);
        Assert.Equal("textpipe: 5 of 7 documents failed (files or dataset rows)", errors[5]);
    }

    [Fact]
    public void Standard_input_is_read_for_a_dash()
    {
        var run = CliRun.Invoke(["convert", "-"], Encoding.UTF8.GetBytes("第一段。\n\n第二段。\n"));

        Assert.Equal(0, run.ExitCode);
        var record = Record(run);
        Assert.Equal("-", record.GetProperty("source").GetString());
        Assert.Equal("第一段。\n\n第二段。", record.GetProperty("text").GetString());
    }

    [Fact]
    public void Output_directory_gets_one_file_per_input_mirroring_relative_paths()
    {
        using var temp = new TempFolder();
        temp.File("in/a.txt", "Alpha.\n");
        temp.File("in/sub/b.txt", "Beta.\n");
        string outDir = Path.Combine(temp.Path, "out") + "/";

        var run = CliRun.Invoke(["convert", Path.Combine(temp.Path, "in"), "-o", outDir]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.True(File.Exists(Path.Combine(outDir, "a.txt.jsonl")));
        Assert.Contains("Beta.", File.ReadAllText(Path.Combine(outDir, "sub", "b.txt.jsonl")), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_file_extension_chooses_the_format_unless_format_is_given()
    {
        using var temp = new TempFolder();
        string input = temp.File("a.txt", "One paragraph.\n\nAnother one.\n");
        string csv = Path.Combine(temp.Path, "out.csv");
        string txt = Path.Combine(temp.Path, "out.txt");

        Assert.Equal(0, CliRun.Invoke(["convert", input, "-o", csv]).ExitCode);
        Assert.Equal(0, CliRun.Invoke(["convert", input, "-o", txt, "--unit", "paragraph"]).ExitCode);
        var forced = CliRun.Invoke(["convert", input, "--format", "txt", "--unit", "paragraph"]);

        Assert.StartsWith("id,", File.ReadAllText(csv), StringComparison.Ordinal);
        Assert.Equal("One paragraph.\nAnother one.\n", File.ReadAllText(txt));
        Assert.Equal("One paragraph.\nAnother one.\n", forced.Output);
    }

    [Fact]
    public void Include_and_exclude_globs_filter_files_found_under_directories()
    {
        using var temp = new TempFolder();
        temp.File("d/keep.md", "# Keep\n\nText.\n");
        temp.File("d/deep/also.md", "Also.\n");
        temp.File("d/skip.txt", "Skip.\n");
        temp.File("d/drafts/no.md", "No.\n");
        temp.File("d/.hidden/no.md", "Hidden.\n");

        var run = CliRun.Invoke(["convert", Path.Combine(temp.Path, "d"), "--include", "*.md", "--exclude", "drafts/**"]);

        Assert.Equal(0, run.ExitCode);
        var names = run.OutputLines.Select(l => Path.GetFileName(JsonDocument.Parse(l).RootElement.GetProperty("source").GetString())).ToArray();
        Assert.Equal(["also.md", "keep.md"], names);
    }

    [Theory]
    [InlineData("--jobs", "0")]
    [InlineData("--format", "xml")]
    [InlineData("--unit", "word")]
    [InlineData("--no-such-option", "x")]
    [InlineData("--format-in", "klingon")]
    public void Usage_errors_exit_with_2_and_say_what_is_wrong(string option, string value)
    {
        var run = CliRun.Invoke(["convert", RepoPaths.Seeds, option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.StartsWith("textpipe: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_without_a_path_is_a_usage_error()
    {
        var run = CliRun.Invoke(["convert"]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("convert --help", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("inspect")]
    public void Help_shows_examples(string command)
    {
        var run = CliRun.Invoke([command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
        Assert.Contains($"textpipe {command}", run.Output, StringComparison.Ordinal);
    }

    private static JsonElement Record(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement;
    }
}

public class StatsOptionTests
{
    [Fact]
    public void Stats_file_totals_match_the_records_written()
    {
        using var temp = new TempFolder();
        string stats = Path.Combine(temp.Path, "stats.json");

        var run = CliRun.Invoke(["convert", RepoPaths.Seeds, Path.Combine(temp.Path, "missing.txt"), "--stats", stats]);

        Assert.Equal(1, run.ExitCode);
        var records = run.OutputLines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        using var totals = System.Text.Json.JsonDocument.Parse(File.ReadAllText(stats));
        var root = totals.RootElement;
        Assert.Equal(records.Count, root.GetProperty("documents").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        Assert.Equal(records.Sum(r => r.GetProperty("stats").GetProperty("chars_out").GetInt64()), root.GetProperty("chars_out").GetInt64());
        foreach (var rule in root.GetProperty("rules").EnumerateObject())
        {
            long removedInRecords = records.Sum(r =>
                r.GetProperty("stats").GetProperty("removed_by_rule").TryGetProperty(rule.Name, out var v) ? v.GetInt64() : 0);
            Assert.Equal(removedInRecords, rule.Value.GetProperty("chars_removed").GetInt64());
        }
    }
}
