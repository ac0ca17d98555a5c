using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Tests.Documents;

/// <summary>
/// A block keeps its rarely set parts (page, level, times, speaker, inlines, spans, tokens) apart from its own fields;
/// these tests hold it to behaving as if every part were a plain property.
/// </summary>
public class BlockTests
{
    [Fact]
    public void A_plain_block_has_every_rare_part_at_its_default()
    {
        var block = new Block(BlockKind.Paragraph, "text");
        Assert.Null(block.Page);
        Assert.Equal(0, block.Level);
        Assert.Null(block.StartTime);
        Assert.Null(block.EndTime);
        Assert.Null(block.Speaker);
        Assert.False(block.Inlines.IsDefault);
        Assert.Empty(block.Inlines);
        Assert.False(block.Spans.IsDefault);
        Assert.Empty(block.Spans);
        Assert.False(block.Tokens.IsDefault);
        Assert.Empty(block.Tokens);
        Assert.False(block.Sentences.IsDefault);
    }

    [Fact]
    public void Each_part_set_with_with_changes_that_part_alone()
    {
        var spans = ImmutableArray.Create(new LanguageSpan(0, 2, "en"), new LanguageSpan(2, 3, "fr"));
        var block = new Block(BlockKind.Heading, "Hello") { Page = 3, Level = 2, Speaker = "Ann", StartTime = TimeSpan.FromSeconds(1) };
        var changed = block with { Spans = spans, EndTime = TimeSpan.FromSeconds(4), Level = 1 };

        Assert.Equal(3, changed.Page);
        Assert.Equal(1, changed.Level);
        Assert.Equal("Ann", changed.Speaker);
        Assert.Equal(TimeSpan.FromSeconds(1), changed.StartTime);
        Assert.Equal(TimeSpan.FromSeconds(4), changed.EndTime);
        Assert.Equal(spans, changed.Spans);
        // The original is untouched: the parts are copied on write, not shared and changed.
        Assert.Equal(2, block.Level);
        Assert.Null(block.EndTime);
        Assert.Empty(block.Spans);
    }

    [Fact]
    public void Blocks_that_say_the_same_are_equal_however_their_parts_were_set()
    {
        var plain = new Block(BlockKind.Paragraph, "text") { Lang = "en" };
        var reset = new Block(BlockKind.Paragraph, "text") { Page = 7, Speaker = "Bo" } with { Page = null, Speaker = null, Lang = "en" };
        Assert.Equal(plain, reset);
        Assert.Equal(plain.GetHashCode(), reset.GetHashCode());

        var paged = plain with { Page = 1 };
        Assert.NotEqual(plain, paged);
        Assert.Equal(paged, plain with { Page = 1 });
    }

    [Fact]
    public void Empty_parts_built_elsewhere_are_the_defaults()
    {
        // An empty array that is not the shared one, as a sorted LINQ query of no inline elements gives.
        var noInlines = Enumerable.Empty<InlineElement>().OrderBy(e => e.Start).ToImmutableArray();
        var noSpans = ImmutableArray.CreateRange(new List<LanguageSpan>().Where(s => s.Length > 0));
        var block = new Block(BlockKind.Paragraph, "段落") { Inlines = noInlines, Spans = noSpans, Tokens = ImmutableArray.CreateBuilder<Token>(0).MoveToImmutable() };

        Assert.Equal(new Block(BlockKind.Paragraph, "段落"), block);
        Assert.Empty(block.Inlines);
        Assert.False(block.Inlines.IsDefault);
        Assert.NotEqual(new Block(BlockKind.Paragraph, "段落") { Inlines = [new InlineElement(InlineKind.Link, 0, 1, "https://example.org", "段")] }, block);
    }
}
