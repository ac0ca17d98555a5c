using TextPipe.Cleanup;

namespace TextPipe.Tests.Cleanup;

/// <summary>
/// The settling passes rerun a rule only when the text changed since it last found nothing to do: a rule that
/// ran idle and saw no change after it is skipped, one that ran before a later rule's change is run again.
/// </summary>
public class CleanupStageSettlingTests
{
    [Fact]
    public void An_idle_rule_after_the_last_change_is_not_run_again()
    {
        var change = new ReplaceOnce("a", "b");
        var idle = new CountingRule("idle");
        var stage = Stage(change, idle);

        var cleaned = stage.Process(CleanupTestDocuments.FromParagraphs("a dog"));

        Assert.Equal("b dog", cleaned.Text);
        Assert.Equal(2, change.Runs); // the pass that changed, then one that found nothing
        Assert.Equal(1, idle.Runs); // nothing changed after its first run
    }

    [Fact]
    public void An_idle_rule_before_a_change_is_run_again_on_the_changed_text()
    {
        var idle = new CountingRule("idle");
        var change = new ReplaceOnce("a", "b");
        var stage = Stage(idle, change);

        var cleaned = stage.Process(CleanupTestDocuments.FromParagraphs("a cat"));

        Assert.Equal("b cbt", cleaned.Text); // the second pass replaced the next "a"
        Assert.Equal(3, change.Runs);
        Assert.Equal(3, idle.Runs); // each pass changed the text after it
        Assert.Equal(["a cat", "b cat", "b cbt"], idle.Seen);
    }

    [Fact]
    public void A_rule_that_changed_the_text_runs_again_even_when_nothing_changed_after_it()
    {
        // Each run replaces one "a": a rule is not assumed to finish its work in one run.
        var change = new ReplaceOnce("a", "b");
        var stage = Stage(change);

        var cleaned = stage.Process(CleanupTestDocuments.FromParagraphs("aaaa"));

        Assert.Equal(CleanupStage.MaxPasses, change.Runs);
        Assert.Equal("bbba", cleaned.Text);
    }

    private static CleanupStage Stage(params ICleanupRule[] rules)
    {
        var catalog = new RuleCatalog(rules);
        return new CleanupStage(catalog, catalog.Resolve("default", null));
    }

    /// <summary>Replaces the first occurrence of a string in the first block, one per run.</summary>
    private sealed class ReplaceOnce(string find, string replacement) : ICleanupRule
    {
        public RuleDescriptor Descriptor { get; } = new("replace-once", "test", new HashSet<string> { "default" });

        public int Runs { get; private set; }

        public void Apply(CleanupContext context)
        {
            Runs++;
            int at = context.Blocks[0].Text.IndexOf(find, StringComparison.Ordinal);
            if (at >= 0)
            {
                context.Replace(0, new TextChange(at, find.Length, replacement));
            }
        }
    }

    /// <summary>Changes nothing; counts its runs and records the text it saw.</summary>
    private sealed class CountingRule(string id) : ICleanupRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, "test", new HashSet<string> { "default" });

        public int Runs => Seen.Count;

        public List<string> Seen { get; } = [];

        public void Apply(CleanupContext context) => Seen.Add(context.CurrentText);
    }
}
