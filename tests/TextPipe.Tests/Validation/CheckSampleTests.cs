using System.Text.Json;
using TextPipe.Tests.Cli;
using TextPipe.Validation;

namespace TextPipe.Tests.Validation;

/// <summary>The sample corpus under samples/check keeps its promise: every rule fails on one document and passes on another; docs/check.md documents every rule.</summary>
public class CheckSampleTests
{
    private static string SampleFolder => Path.Combine(RepoPaths.Samples, "check");

    [Fact]
    public void Every_rule_fails_once_and_passes_once_on_the_sample_corpus()
    {
        var run = CliRun.Invoke(["check", Path.Combine(SampleFolder, "corpus"), "--rules", Path.Combine(SampleFolder, "rules.yaml"), "--report", "junit"]);
        Assert.Equal(1, run.ExitCode);
        var cases = System.Xml.Linq.XDocument.Parse(run.Output).Root!.Element("testsuite")!.Elements("testcase").ToList();
        foreach (var rule in CheckCatalog.Default.Descriptors)
        {
            var mine = cases.Where(c => (string)c.Attribute("name")! == rule.Id).ToList();
            bool Flagged(System.Xml.Linq.XElement c) => c.Element("failure") is not null || c.Element("system-out") is not null;
            Assert.True(mine.Any(Flagged), $"{rule.Id} fails on no sample");
            Assert.True(mine.Any(c => !Flagged(c)), $"{rule.Id} passes on no sample");
        }
    }

    [Fact]
    public void The_sample_report_is_the_same_for_one_job_and_four()
    {
        string[] args = ["check", Path.Combine(SampleFolder, "corpus"), "--rules", Path.Combine(SampleFolder, "rules.yaml"), "--report", "json"];
        var one = CliRun.Invoke([.. args, "--jobs", "1"]);
        var four = CliRun.Invoke([.. args, "--jobs", "4"]);
        Assert.Equal(one.Output, four.Output);
        using var json = JsonDocument.Parse(one.Output);
        Assert.True(json.RootElement.GetProperty("summary").GetProperty("failed").GetInt32() > 0);
    }

    [Fact]
    public void Docs_list_every_rule_with_its_settings()
    {
        string docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "check.md"));
        foreach (var rule in CheckCatalog.Default.Descriptors.Append(CheckCatalog.ReadError))
        {
            Assert.Contains($"| `{rule.Id}` |", docs, StringComparison.Ordinal);
            foreach (var parameter in rule.Parameters)
            {
                Assert.Contains($"`{parameter.Key}`", docs, StringComparison.Ordinal);
            }
        }
    }
}
