using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TextPipe.Validation;
using TextPipe.Validation.Reports;
using static TextPipe.Tests.Validation.CheckHarness;

namespace TextPipe.Tests.Validation;

public class ReportTests
{
    /// <summary>A small set with errors, warnings, a duplicate, a control character, a path with a comma and a colon.</summary>
    [Fact]
    public void Github_messages_escape_percent_signs_and_line_breaks()
    {
        Assert.Equal("100%25 done%0Anext", GithubCheckReport.Data("100% done\nnext"));
        Assert.Equal("a%3Ab%2Cc", GithubCheckReport.Property("a:b,c"));
    }

    private static List<DocumentOutcome> Outcomes()
    {
        string prose = Prose(English, 120, 3);
        return CheckSet(
        [
            Named(Convert(prose), "corpus/a.txt"),
            Named(Convert("Short\uFFFD one.\n\nSecond, with 100% of a line\nand a break."), "corpus/b,c:d.txt"),
            Named(Convert(prose), "corpus/copy.txt"),
            Named(Convert("#a1 #b2 #c3 #d4 #e5 #f6 #g7 #h8 #i9 #j10 #k11"), "corpus/tags.txt"),
        ], "rules:\n  length: { min_chars: 20 }\n");
    }

    private static (string Output, CheckSummary Summary) Render(ReportFormat format, List<DocumentOutcome>? outcomes = null)
    {
        var stream = new MemoryStream();
        CheckSummary summary;
        using (var report = CheckReports.Create(format, stream, CheckCatalog.Default))
        {
            summary = new CheckRun(report).Run(outcomes ?? Outcomes());
        }
        return (Encoding.UTF8.GetString(stream.ToArray()), summary);
    }

    [Fact]
    public void The_text_report_groups_findings_under_their_file_and_ends_with_the_summary()
    {
        var (output, summary) = Render(ReportFormat.Text);
        string[] lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("4 documents, 2 passed, 2 failed, 1 warnings, 1 duplicates", lines[^1]);
        Assert.Equal(2, summary.Failed);
        int header = Array.IndexOf(lines, "corpus/b,c:d.txt");
        Assert.True(header >= 0);
        Assert.Matches(@"^  1:6: error \[replacement-char\] .*«.*U\+FFFD.*»$", lines[header + 1]);
        // A document that passed gets no header of its own (it is only named as the first of a duplicate pair).
        Assert.DoesNotContain("corpus/a.txt", lines);
        Assert.Contains(lines, l => l.Contains("same clean text as corpus/a.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void Junit_xml_parses_and_its_counts_match_the_cases()
    {
        var outcomes = Outcomes();
        var (output, _) = Render(ReportFormat.Junit, outcomes);
        var xml = XDocument.Parse(output);
        var suite = xml.Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();
        Assert.Equal(outcomes.Sum(o => o.RulesRun.Length), cases.Count);
        Assert.Equal(cases.Count, (int)suite.Attribute("tests")!);
        Assert.Equal(cases.Count(c => c.Elements("failure").Any()), (int)suite.Attribute("failures")!);
        Assert.Equal((int)suite.Attribute("tests")!, (int)xml.Root!.Attribute("tests")!);
        Assert.Contains(cases, c => (string)c.Attribute("classname")! == "corpus/copy.txt" && (string)c.Attribute("name")! == "exact-duplicate" && c.Elements("failure").Any());
        Assert.Contains(cases, c => (string)c.Attribute("name")! == "quality-symbol-ratio" && c.Element("system-out") is not null && !c.Elements("failure").Any());
    }

    [Fact]
    public void Junit_xml_survives_control_characters_in_snippets()
    {
        var outcomes = CheckSet([Named(Convert("Bell\u0007 and escape\u001B here, long enough."), "ctl.txt")]);
        var (output, _) = Render(ReportFormat.Junit, [.. outcomes.Select(o => o with { Findings = [.. o.Findings.Select(f => f with { Snippet = "raw\u0007bell" })] })]);
        Assert.NotNull(XDocument.Parse(output).Root);
    }

    [Fact]
    public void Github_lines_follow_the_workflow_command_syntax()
    {
        var (output, summary) = Render(ReportFormat.Github);
        var annotations = output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(summary.Errors + summary.Warnings, annotations.Count);
        var syntax = new Regex(@"^::(error|warning) file=[^,:\r\n]+(,line=\d+(,col=\d+)?)?,title=[^,:\r\n]+::[^\r\n]+$");
        Assert.All(annotations, line => Assert.Matches(syntax, line));
        Assert.Contains(annotations, l => l.StartsWith("::error file=corpus/b%2Cc%3Ad.txt,line=1,col=6,title=replacement-char::", StringComparison.Ordinal));
        Assert.Contains(annotations, l => l.StartsWith("::warning ", StringComparison.Ordinal));
    }

    [Fact]
    public void Sarif_has_the_fields_its_schema_requires()
    {
        var (output, summary) = Render(ReportFormat.Sarif);
        using var sarif = JsonDocument.Parse(output);
        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifCheckReport.SchemaUri, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal("textpipe", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var ruleIds = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToHashSet();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(summary.Errors + summary.Warnings, results.Count);
        foreach (var result in results)
        {
            Assert.Contains(result.GetProperty("ruleId").GetString(), ruleIds);
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            Assert.Contains(result.GetProperty("level").GetString(), new[] { "error", "warning" });
            var location = Assert.Single(result.GetProperty("locations").EnumerateArray());
            Assert.False(string.IsNullOrEmpty(location.GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
            if (location.GetProperty("physicalLocation").TryGetProperty("region", out var region))
            {
                Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            }
        }
    }

    [Fact]
    public void Json_report_lists_documents_with_findings_and_the_summary()
    {
        var (output, summary) = Render(ReportFormat.Json);
        using var json = JsonDocument.Parse(output);
        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(3, documents.Count);
        Assert.Equal(summary.Failed, json.RootElement.GetProperty("summary").GetProperty("failed").GetInt32());
        Assert.Equal(summary.Duplicates, json.RootElement.GetProperty("summary").GetProperty("duplicates").GetInt32());
        var copy = documents.Single(d => d.GetProperty("name").GetString() == "corpus/copy.txt");
        Assert.Equal("corpus/a.txt", copy.GetProperty("findings")[0].GetProperty("related").GetString());
    }

    [Fact]
    public void A_baseline_accepts_recorded_findings_and_only_those()
    {
        var outcomes = Outcomes();
        var fingerprints = new List<string>();
        using (var report = CheckReports.Create(ReportFormat.Json, new MemoryStream(), CheckCatalog.Default))
        {
            new CheckRun(report) { Fingerprints = fingerprints }.Run(outcomes);
        }
        var stream = new MemoryStream();
        Baseline.Write(stream, fingerprints);
        var baseline = Baseline.Read(new MemoryStream(stream.ToArray()));
        using var quiet = CheckReports.Create(ReportFormat.Json, new MemoryStream(), CheckCatalog.Default);
        var accepted = new CheckRun(quiet) { Baseline = baseline }.Run(outcomes);
        Assert.Equal(0, accepted.Failed);
        Assert.Equal(outcomes.Sum(o => o.Findings.Length), accepted.Baselined);

        var changed = CheckSet([Named(Convert("Tiny\uFFFD."), "corpus/new.txt")], "rules:\n  length: { min_chars: 20 }\n");
        using var again = CheckReports.Create(ReportFormat.Json, new MemoryStream(), CheckCatalog.Default);
        Assert.Equal(1, new CheckRun(again) { Baseline = baseline }.Run(changed).Failed);
    }

    [Fact]
    public void Max_failures_stops_the_run_and_says_so()
    {
        using var report = CheckReports.Create(ReportFormat.Text, new MemoryStream(), CheckCatalog.Default);
        var summary = new CheckRun(report) { MaxFailures = 1 }.Run(Outcomes());
        Assert.Equal(1, summary.Failed);
        Assert.True(summary.StoppedEarly);
        Assert.Contains("stopped early", CheckReports.SummaryLine(summary), StringComparison.Ordinal);
    }
}
