using System.Text;
using TextPipe.Validation;
using static TextPipe.Tests.Validation.CheckHarness;

namespace TextPipe.Tests.Validation;

public class DuplicateRuleTests
{
    private static string Text(string lang, int seed) => lang switch
    {
        "fr" => Prose(French, 150, seed),
        "zh" => Prose(Chinese, 200, seed, "", "。"),
        _ => Prose(English, 150, seed),
    };

    /// <summary>The text with a few words replaced: what a light re-edit or a re-scrape with a changed byline does.</summary>
    private static string Edited(string text, int edits, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(text);
        for (int i = 0; i < edits; i++)
        {
            int at = random.Next(builder.Length - 3);
            builder.Remove(at, 2).Insert(at, "ZQ");
        }
        return builder.ToString();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("zh")]
    public void A_lightly_edited_copy_is_a_near_duplicate_naming_both_members_and_a_different_text_is_not(string lang)
    {
        string original = Text(lang, 1);
        var documents = new[]
        {
            Named(Convert(original), "a.txt"),
            Named(Convert(Text(lang, 2)), "b.txt"),
            Named(Convert(Edited(original, 3, 9)), "c.txt"),
        };
        var outcomes = CheckSet(documents);
        var near = outcomes.SelectMany(o => o.Findings.Select(f => (o.Name, f))).Where(x => x.f.RuleId == "near-duplicate").ToList();
        var (name, finding) = Assert.Single(near);
        Assert.Equal("c.txt", name);
        Assert.Equal("a.txt", finding.Related);
        Assert.DoesNotContain(outcomes.SelectMany(o => o.Findings), f => f.RuleId == "exact-duplicate");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void An_identical_copy_is_an_exact_duplicate_and_not_also_a_near_one(string lang)
    {
        string text = Text(lang, 4);
        var outcomes = CheckSet([Named(Convert(text), "a.txt"), Named(Convert(text), "b.txt"), Named(Convert(Text(lang, 5)), "c.txt")]);
        var all = outcomes.SelectMany(o => o.Findings).ToList();
        var exact = Assert.Single(all, f => f.RuleId == "exact-duplicate");
        Assert.Equal("a.txt", exact.Related);
        Assert.DoesNotContain(all, f => f.RuleId == "near-duplicate");
        Assert.True(outcomes[1].Failed);
        Assert.False(outcomes[2].Failed);
    }

    [Fact]
    public void Findings_are_the_same_for_any_job_count()
    {
        var documents = Enumerable.Range(0, 40).Select(i => Named(Convert(i % 7 == 0 ? Text("en", 100) : Edited(Text(i % 2 == 0 ? "fr" : "zh", i / 3), i % 3, i)), $"d{i}.txt")).ToList();
        static string Render(List<DocumentOutcome> outcomes) =>
            string.Join("\n", outcomes.SelectMany(o => o.Findings.Select(f => $"{o.Name} {f.RuleId} {f.Related} {f.Message}")));
        string serial = Render(CheckSet(documents, jobs: 1));
        Assert.Equal(serial, Render(CheckSet(documents, jobs: 4)));
        Assert.Contains("near-duplicate", serial, StringComparison.Ordinal);
    }

    [Fact]
    public void Shingles_ignore_case_and_spacing_but_not_words()
    {
        var hasher = new MinHasher(128, 5);
        string text = Text("en", 21);
        Assert.Equal(1.0, MinHasher.Similarity(hasher.Signature(text), hasher.Signature(text.ToUpperInvariant().Replace(" ", "  ", StringComparison.Ordinal))));
        Assert.True(MinHasher.Similarity(hasher.Signature(text), hasher.Signature(Text("en", 22))) < 0.5);
    }
}
