using System.Text.RegularExpressions;
using TextPipe.Cleanup;

namespace TextPipe.Tests.Cleanup;

/// <summary>
/// Runs the examples in docs/rules/*.md (Markdig's CommonMark-spec idea): each "### name" section with an
/// <c>```input</c> and an <c>```output</c> fence is one test; blank lines inside a fence separate paragraphs.
/// The rule named by the file runs alone and must pass the conformance checks too.
/// </summary>
public partial class RuleSpecTests
{
    private static readonly RuleCatalog Catalog = DefaultRules.CreateCatalog();

    public sealed record SpecExample(string RuleId, string Name, string Input, string Output)
    {
        public override string ToString() => $"{RuleId}: {Name}";
    }

    public static TheoryData<SpecExample> Examples()
    {
        var data = new TheoryData<SpecExample>();
        string folder = Path.Combine(RepoPaths.Root, "docs", "rules");
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md") : [];
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            string ruleId = Path.GetFileNameWithoutExtension(file);
            foreach (var example in Parse(ruleId, File.ReadAllText(file)))
            {
                data.Add(example);
            }
        }
        if (data.Count == 0)
        {
            data.Add(new SpecExample("", "(no spec files yet)", "", ""));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Spec_example(SpecExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        if (example.RuleId.Length == 0)
        {
            return;
        }
        var rule = Catalog.Rules.SingleOrDefault(r => r.Descriptor.Id == example.RuleId);
        Assert.True(rule is not null, $"docs/rules/{example.RuleId}.md names no rule in the catalog");
        var paragraphs = example.Input.Split("\n\n");
        var cleaned = RuleConformance.RunAndCheck(rule, CleanupTestDocuments.FromParagraphs(paragraphs));
        Assert.Equal(example.Output, cleaned.Text);
    }

    [Fact]
    public void Every_rule_in_the_catalog_has_a_spec_file()
    {
        foreach (var rule in Catalog.Rules)
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "docs", "rules", rule.Descriptor.Id + ".md")), $"docs/rules/{rule.Descriptor.Id}.md is missing");
        }
    }

    internal static IEnumerable<SpecExample> Parse(string ruleId, string markdown)
    {
        foreach (Match section in SectionPattern().Matches(markdown.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            string body = section.Groups["body"].Value;
            var input = FencePattern("input").Match(body);
            var output = FencePattern("output").Match(body);
            if (input.Success && output.Success)
            {
                yield return new SpecExample(ruleId, section.Groups["name"].Value.Trim(), WithoutFinalNewline(input), WithoutFinalNewline(output));
            }
        }
    }

    private static string WithoutFinalNewline(Match fence) => fence.Groups["text"].Value.TrimEnd('\n');

    [GeneratedRegex(@"^### (?<name>.+)\n(?<body>(?:(?!^#{1,3} ).*\n?)*)", RegexOptions.Multiline)]
    private static partial Regex SectionPattern();

    private static Regex FencePattern(string kind) => new($"^```{kind}\\n(?<text>(?:.*\\n)*?)```", RegexOptions.Multiline);
}
