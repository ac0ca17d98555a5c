using TextPipe.Cleanup;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup;

public class CleanupContextTests
{
    private static readonly CleanupOptions Options = new() { Profile = "default", EnabledRules = [] };

    private sealed class DelegateRule(string id, Action<CleanupContext> apply) : ICleanupRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, "test rule", new HashSet<string> { "default" });

        public void Apply(CleanupContext context) => apply(context);
    }

    [Fact]
    public void Rewrites_removals_merges_and_block_removals_are_all_undone_by_replaying_the_edits()
    {
        var doc = CleanupTestDocuments.FromParagraphs("百 年 变 局", "之下，科技", "![](a.png)", "Last one.");
        var context = new CleanupContext(doc, Options);

        context.Run(new DelegateRule("spaces", c => c.Rewrite(0, [TextChange.Remove(1, 1), TextChange.Remove(3, 1), TextChange.Remove(5, 1)])));
        context.Run(new DelegateRule("wrap", c => c.MergeWithNext(0, "", "line wrap")));
        context.Run(new DelegateRule("images", c => c.RemoveBlock(1, "image")));
        context.Run(new DelegateRule("period", c => c.Replace(1, new TextChange(8, 1, "!"))));
        var cleaned = context.ToDocument();

        Assert.Equal("百年变局之下，科技\n\nLast one!", cleaned.Text);
        Assert.Equal(doc.Text, EditReplay.Restore(cleaned.Text, [.. context.Edits]));
        Assert.Equal(["spaces", "spaces", "spaces", "wrap", "images", "period"], context.Edits.Select(e => e.Rule));
        Assert.Equal(EditAction.Removed, context.Edits[3].Action);
        Assert.Equal("\n\n", context.Edits[3].Original);
    }

    [Fact]
    public void Removed_copies_of_one_paragraph_share_their_edit_text_and_still_replay()
    {
        var doc = CleanupTestDocuments.FromParagraphs("重复的段落。", "Same words.", "Same words.", "Same words.", "Autre chose.", "Same words.");
        var context = new CleanupContext(doc, Options);

        context.Run(new DelegateRule("loops", c =>
        {
            c.RemoveBlock(3, "loop");
            c.RemoveBlock(2, "loop");
            c.RemoveBlock(3, "the last block");
        }));
        var cleaned = context.ToDocument();

        Assert.Equal(["Same words.\n\n", "Same words.\n\n", "\n\nSame words."], context.Edits.Select(e => e.Original));
        Assert.Same(context.Edits[0].Original, context.Edits[1].Original);
        Assert.Equal("重复的段落。\n\nSame words.\n\nAutre chose.", cleaned.Text);
        Assert.Equal(doc.Text, EditReplay.Restore(cleaned.Text, [.. context.Edits]));
    }

    [Fact]
    public void A_block_a_rule_empties_is_removed_with_its_separator_and_recorded()
    {
        var doc = CleanupTestDocuments.FromParagraphs("keep", "drop me", "keep too");
        var context = new CleanupContext(doc, Options);

        context.Run(new DelegateRule("x", c => c.Replace(1, TextChange.Remove(0, 7))));
        var cleaned = context.ToDocument();

        Assert.Equal("keep\n\nkeep too", cleaned.Text);
        Assert.Equal(2, cleaned.Blocks.Length);
        Assert.Equal(doc.Text, EditReplay.Restore(cleaned.Text, [.. context.Edits]));
    }

    [Fact]
    public void Removing_the_last_block_takes_the_separator_before_it()
    {
        var doc = CleanupTestDocuments.FromParagraphs("a", "b");
        var context = new CleanupContext(doc, Options);
        context.Run(new DelegateRule("x", c => c.RemoveBlock(1, null)));

        Assert.Equal("a", context.ToDocument().Text);
        Assert.Equal("\n\nb", context.Edits.Single().Original);
        Assert.Equal(doc.Text, EditReplay.Restore("a", [.. context.Edits]));
    }

    [Fact]
    public void Overlapping_changes_are_refused()
    {
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs("abcdef"), Options);
        Assert.Throws<ArgumentException>(() =>
            context.Run(new DelegateRule("x", c => c.Rewrite(0, [TextChange.Remove(0, 3), TextChange.Remove(2, 2)]))));
    }

    [Fact]
    public void Page_furniture_is_untouched_and_keeps_its_place()
    {
        var doc = CleanupTestDocuments.FromBlocks(
        [
            new Block(BlockKind.PageFurniture, "Page 1"),
            new Block(BlockKind.Paragraph, "one"),
            new Block(BlockKind.PageFurniture, "Page 2"),
            new Block(BlockKind.Paragraph, "two"),
        ]);
        var context = new CleanupContext(doc, Options);
        context.Run(new DelegateRule("x", c => c.Replace(1, new TextChange(0, 3, "TWO"))));
        var cleaned = context.ToDocument();

        Assert.Equal(["Page 1", "one", "Page 2", "TWO"], cleaned.Blocks.Select(b => b.Text));
        Assert.Equal("one\n\nTWO", cleaned.Text);
    }

    [Fact]
    public void Flags_do_not_change_the_text_and_metadata_moves_are_kept()
    {
        var doc = CleanupTestDocuments.FromParagraphs("Comme mentionné dans le , par exemple");
        var context = new CleanupContext(doc, Options);
        context.Run(new DelegateRule("holes", c =>
        {
            c.Flag(0, 21, 4, "hole left by a removed reference");
            c.SetByline("□本报记者 某某");
            c.AddCaption("▲ 一张照片");
        }));
        var cleaned = context.ToDocument();

        Assert.Equal(doc.Text, cleaned.Text);
        Assert.Equal(EditAction.Flagged, context.Edits.Single().Action);
        Assert.Equal("le ,", context.Edits.Single().Original);
        Assert.Equal("□本报记者 某某", cleaned.Metadata.Byline);
        Assert.Equal(["▲ 一张照片"], cleaned.Metadata.Captions);
    }
}

public class CleanupContextEmptyDocumentTests
{
    private sealed class EmptyAll : ICleanupRule
    {
        public RuleDescriptor Descriptor { get; } = new("empty-all", "test", new HashSet<string> { "default" });

        public void Apply(CleanupContext context)
        {
            for (int i = 0; i < context.Blocks.Count; i++)
            {
                context.Replace(i, TextChange.Remove(0, context.Blocks[i].Text.Length));
            }
        }
    }

    [Fact]
    public void Emptying_the_only_block_leaves_an_empty_document_that_replays_to_the_input()
    {
        var doc = CleanupTestDocuments.FromParagraphs("<> was lost.");
        var cleaned = RuleConformance.RunAndCheck(new EmptyAll(), doc);

        Assert.Equal("", cleaned.Text);
        Assert.Empty(cleaned.Blocks);
        Assert.Single(cleaned.Edits);
    }
}

public class CleanupContextBlockStartTests
{
    private sealed class Mixed : ICleanupRule
    {
        public RuleDescriptor Descriptor { get; } = new("mixed", "test", new HashSet<string> { "default" });

        public void Apply(CleanupContext context)
        {
            context.Replace(3, new TextChange(0, 1, "XYZ"));
            _ = context.BlockStart(7);
            context.MergeWithNext(1, " ", null);
            context.RemoveBlock(4, null);
            _ = context.BlockStart(2);
            context.Replace(0, TextChange.Remove(0, 1));
        }
    }

    [Fact]
    public void Block_starts_stay_right_through_rewrites_merges_and_removals()
    {
        var doc = CleanupTestDocuments.FromParagraphs([.. Enumerable.Range(0, 12).Select(i => new string((char)('a' + i), i + 2))]);
        var context = new CleanupContext(doc, new CleanupOptions { Profile = "default", EnabledRules = [] });
        context.Run(new Mixed());

        string text = context.CurrentText;
        int expected = 0;
        for (int i = 0; i < context.Blocks.Count; i++)
        {
            Assert.Equal(expected, context.BlockStart(i));
            Assert.Equal(context.Blocks[i].Text, text.Substring(expected, context.Blocks[i].Text.Length));
            expected += context.Blocks[i].Text.Length + CleanupContext.Separator.Length;
        }
        Assert.Equal(doc.Text, EditReplay.Restore(context.ToDocument().Text, [.. context.Edits]));
    }
}
