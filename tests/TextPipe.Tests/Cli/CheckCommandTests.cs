using System.Text.Json;
using TextPipe.Tests.Validation;

namespace TextPipe.Tests.Cli;

public class CheckCommandTests
{
    private static string Clean(int seed) => CheckHarness.Prose(CheckHarness.English, 80, seed);

    [Fact]
    public void A_clean_corpus_exits_0_with_a_summary_line()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Clean(1));
        folder.File("b.txt", CheckHarness.Prose(CheckHarness.French, 80, 2));
        var run = CliRun.Invoke(["check", folder.Path]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2 documents, 2 passed, 0 failed, 0 warnings, 0 duplicates", run.OutputLines[^1]);
    }

    [Fact]
    public void A_failing_document_exits_1_and_is_named_in_the_report()
    {
        using var folder = new TempFolder();
        folder.File("good.txt", Clean(1));
        folder.File("bad.txt", "Broken \uFFFD text here, long enough to pass length.");
        var run = CliRun.Invoke(["check", folder.Path]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.EndsWith("bad.txt", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.Contains("[replacement-char]", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_alone_do_not_fail_the_check()
    {
        using var folder = new TempFolder();
        folder.File("tags.txt", "#a1 #b2 #c3 #d4 #e5 #f6 #g7 #h8 #i9 #j10 #k11");
        var run = CliRun.Invoke(["check", folder.Path]);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 warnings", run.OutputLines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules:\n  length:\n    min_chars: lots\n", "line 3", "min_chars")]
    [InlineData("rules:\n  lenght: { min_chars: 3 }\n", "line 2", "lenght")]
    [InlineData("rules:\n  length: { min_chars: 3 \n", "line", "not valid YAML")]
    [InlineData("rules:\n  language:\n    langs: [zh]\n    confidence: 0.5\n", "line 4", "confidence")]
    [InlineData("overrides:\n  - rules: { length: off }\n", "line 2", "paths")]
    public void A_broken_rules_file_exits_2_naming_the_file_line_and_key(string yaml, string line, string key)
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Clean(1));
        string rules = folder.File("rules.yaml", yaml);
        var run = CliRun.Invoke(["check", folder.Path, "--rules", rules]);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(rules, run.Error, StringComparison.Ordinal);
        Assert.Contains(line, run.Error, StringComparison.Ordinal);
        Assert.Contains(key, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Fact]
    public void An_unreadable_input_fails_the_check_as_a_read_error_and_the_batch_goes_on()
    {
        using var folder = new TempFolder();
        folder.File("good.txt", Clean(1));
        var run = CliRun.Invoke(["check", folder.Path, Path.Combine(folder.Path, "missing.txt")]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.Contains("[read-error]", StringComparison.Ordinal));
        Assert.Contains("missing.txt", run.Error, StringComparison.Ordinal);
        Assert.StartsWith("2 documents, 1 passed, 1 failed", run.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Overrides_by_path_change_a_rule_for_matching_files_only()
    {
        using var folder = new TempFolder();
        folder.File("notes/short.txt", "Short note.");
        folder.File("articles/short.txt", "Short note too.");
        string rules = folder.File("rules.yaml", "rules:\n  length: { min_chars: 50 }\noverrides:\n  - paths: [\"notes/**\"]\n    rules:\n      length: { min_chars: 5 }\n");
        var run = CliRun.Invoke(["check", folder.Path, "--rules", rules, "--report", "json"]);
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var failed = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.EndsWith("articles/short.txt", failed.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Dataset_rows_are_checked_one_by_one_and_named_by_their_line()
    {
        using var folder = new TempFolder();
        string data = folder.File("data.jsonl",
            "{\"id\":\"r1\",\"text\":\"" + Clean(1) + "\"}\n{\"id\":\"r1\",\"text\":\"" + Clean(2) + "\"}\n{\"text\":\"" + Clean(3) + "\"}\n");
        string rules = folder.File("rules.yaml", "rules:\n  required-fields: { fields: { id: string } }\n");
        var run = CliRun.Invoke(["check", data, "--rules", rules, "--report", "github"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.OutputLines, l => l.StartsWith("::error file=", StringComparison.Ordinal) && l.Contains(",line=2,title=unique-ids::", StringComparison.Ordinal));
        Assert.Contains(run.OutputLines, l => l.Contains(",line=3,title=required-fields::", StringComparison.Ordinal));
        Assert.StartsWith("3 documents, 1 passed, 2 failed", run.OutputLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_is_identical_for_any_job_count()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 24; i++)
        {
            folder.File($"d{i:00}.txt", i % 5 == 0 ? Clean(100) : i % 3 == 0 ? "tiny\uFFFD" : Clean(i));
        }
        var one = CliRun.Invoke(["check", folder.Path, "--jobs", "1", "--report", "json"]);
        var four = CliRun.Invoke(["check", folder.Path, "--jobs", "4", "--report", "json"]);
        Assert.Equal(1, one.ExitCode);
        Assert.Equal(one.Output, four.Output);
        Assert.Contains("exact-duplicate", one.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_failures_stops_early()
    {
        using var folder = new TempFolder();
        for (int i = 0; i < 6; i++)
        {
            folder.File($"d{i}.txt", $"bad\uFFFD {i}");
        }
        var run = CliRun.Invoke(["check", folder.Path, "--max-failures", "2", "--jobs", "1"]);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("2 documents, 0 passed, 2 failed", run.OutputLines[^1], StringComparison.Ordinal);
        Assert.Contains("stopped early", run.OutputLines[^1], StringComparison.Ordinal);
        Assert.Equal(2, CliRun.Invoke(["check", folder.Path, "--max-failures", "0"]).ExitCode);
    }

    [Fact]
    public void A_baseline_lets_old_findings_pass_and_new_ones_fail()
    {
        using var folder = new TempFolder();
        folder.File("corpus/old.txt", "old\uFFFD problem here");
        string baseline = Path.Combine(folder.Path, "baseline.json");
        Assert.Equal(1, CliRun.Invoke(["check", Path.Combine(folder.Path, "corpus"), "--write-baseline", baseline]).ExitCode);
        var accepted = CliRun.Invoke(["check", Path.Combine(folder.Path, "corpus"), "--baseline", baseline]);
        Assert.Equal(0, accepted.ExitCode);
        Assert.Contains("accepted by the baseline", accepted.OutputLines[^1], StringComparison.Ordinal);
        folder.File("corpus/new.txt", "new\uFFFD problem there");
        Assert.Equal(1, CliRun.Invoke(["check", Path.Combine(folder.Path, "corpus"), "--baseline", baseline]).ExitCode);
        folder.File("broken.json", "[1,2");
        Assert.Equal(2, CliRun.Invoke(["check", Path.Combine(folder.Path, "corpus"), "--baseline", Path.Combine(folder.Path, "broken.json")]).ExitCode);
    }

    [Fact]
    public void Junit_and_sarif_reports_go_to_a_file_with_o()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", "bad\uFFFD text");
        string junit = Path.Combine(folder.Path, "out", "check.xml");
        var run = CliRun.Invoke(["check", Path.Combine(folder.Path, "a.txt"), "--report", "junit", "-o", junit]);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.NotNull(System.Xml.Linq.XDocument.Load(junit).Root);
    }

    [Fact]
    public void Help_promises_the_options_and_exit_codes()
    {
        var run = CliRun.Invoke(["check", "--help"]);
        Assert.Equal(0, run.ExitCode);
        foreach (string promise in new[] { "--rules", "--report", "--baseline", "--write-baseline", "--max-failures", "--jobs", "--text-field", "--profile", "exit 0", "sarif", "junit", "github" })
        {
            Assert.Contains(promise, run.Output, StringComparison.Ordinal);
        }
    }
}
