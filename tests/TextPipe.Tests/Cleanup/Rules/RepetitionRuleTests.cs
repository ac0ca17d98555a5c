using System.Collections.Immutable;
using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class RepetitionRuleTests
{
    private static readonly RepetitionRule Rule = new();

    private static Document Run(params string[] paragraphs) =>
        RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs));

    [Fact]
    public void A_paragraph_repeating_an_earlier_one_goes_and_the_first_stays()
    {
        var cleaned = Run("The committee met on Tuesday to discuss the budget.", "It approved the plan.", "The committee  met on Tuesday\tto discuss the budget. ");
        Assert.Equal("The committee met on Tuesday to discuss the budget.\n\nIt approved the plan.", cleaned.Text);
        var edit = Assert.Single(cleaned.Edits);
        Assert.Equal(EditAction.Removed, edit.Action);
        Assert.Equal("duplicate paragraph", edit.Note);
    }

    [Fact]
    public void Chinese_and_French_duplicates_go_too()
    {
        var cleaned = Run("会议将于明天上午九点在北京举行。", "Le forum se tient à Wuzhen cette année.", "会议将于明天上午九点在北京举行。", "Le forum se tient à Wuzhen cette année.");
        Assert.Equal("会议将于明天上午九点在北京举行。\n\nLe forum se tient à Wuzhen cette année.", cleaned.Text);
        Assert.Equal(2, cleaned.Edits.Length);
    }

    [Fact]
    public void A_line_repeating_an_earlier_line_goes_with_its_line_break()
    {
        var cleaned = Run("Subscribe to our newsletter today\nFirst real line of the story.", "Second paragraph starts here.\nSubscribe to our newsletter today\nAnd it ends here.");
        Assert.Equal("Subscribe to our newsletter today\nFirst real line of the story.\n\nSecond paragraph starts here.\nAnd it ends here.", cleaned.Text);
        var edit = Assert.Single(cleaned.Edits);
        Assert.Equal("duplicate line", edit.Note);
        Assert.Equal("Subscribe to our newsletter today\n", edit.Original);
    }

    [Fact]
    public void Short_blocks_headings_and_table_cells_may_repeat()
    {
        RuleConformance.LeavesAlone(Rule, "谢谢。", "Yes.", "谢谢。", "Yes.", "- item", "- item");
        var doc = CleanupTestDocuments.FromBlocks(
        [
            new Block(BlockKind.Heading, "Results and discussion") { Level = 2 },
            new Block(BlockKind.Paragraph, "First section text."),
            new Block(BlockKind.Heading, "Results and discussion") { Level = 2 },
            new Block(BlockKind.TableCell, "not available here"),
            new Block(BlockKind.TableCell, "not available here"),
        ]);
        var context = new CleanupContext(doc, new CleanupOptions { Profile = "default", EnabledRules = [] });
        context.Run(Rule);
        Assert.Empty(context.Edits);
    }

    [Fact]
    public void A_short_refrain_repeated_inside_a_poem_stays()
    {
        // A five-character refrain is under the short-line limit, so the poem keeps it.
        RuleConformance.LeavesAlone(Rule, "春眠不觉晓\n处处闻啼鸟\n春眠不觉晓", "夜来风雨声，花落知多少。");
    }

    [Fact]
    public void Gopher_signals_are_flagged_with_their_value_when_over_threshold()
    {
        string spam = string.Join("\n", Enumerable.Repeat("buy cheap watches online now", 12)) + "\nsome other line with different words in it";
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(spam));
        var codes = cleaned.Flags.Select(f => f.Code).ToList();
        Assert.Contains("repetition-dup-line-frac", codes);
        Assert.Contains("repetition-top-2gram", codes);
        Assert.Contains("repetition-dup-10gram", codes);
        var line = cleaned.Flags.Single(f => f.Code == "repetition-dup-line-frac");
        Assert.Equal("duplicate line fraction 0.846 > 0.30", line.Message);
        // The lines themselves are removed too, all but the first.
        Assert.Equal("buy cheap watches online now\nsome other line with different words in it", cleaned.Text);
    }

    [Fact]
    public void Chinese_uses_character_ngrams()
    {
        string loop = string.Concat(Enumerable.Repeat("人工智能大会开幕", 12)) + "。今天天气很好，我们一起去公园散步吧。";
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(loop), new CleanupOptions { Profile = "default", EnabledRules = [] });
        context.Run(Rule);
        var codes = context.ToDocument().Flags.Select(f => f.Code).ToList();
        Assert.Contains("repetition-dup-5gram", codes);
        Assert.Contains("repetition-top-4gram", codes);
    }

    [Fact]
    public void Ordinary_prose_gets_no_flags()
    {
        var seed = File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "003_d47a1d6de5f46a89.txt"));
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs([.. seed.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0)]), new CleanupOptions { Profile = "default", EnabledRules = [] });
        context.Run(Rule);
        Assert.Empty(context.ToDocument().Flags);
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);
}
