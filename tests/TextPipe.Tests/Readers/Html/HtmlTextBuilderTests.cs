using TextPipe.Documents;
using TextPipe.Readers.Html;

namespace TextPipe.Tests.Readers.Html;

public class HtmlTextBuilderTests
{
    [Fact]
    public void Collapses_whitespace_and_trims_the_edges()
    {
        var builder = new HtmlTextBuilder();
        builder.AppendCollapsing("  one \n\t two  ");
        builder.AppendCollapsing("  three ");

        Assert.Equal("one two three", builder.Finish(preformatted: false).Text);
    }

    [Fact]
    public void No_space_survives_around_a_line_break()
    {
        var builder = new HtmlTextBuilder();
        builder.AppendCollapsing("first   ");
        builder.AppendLineBreak();
        builder.AppendCollapsing("   second");

        Assert.Equal("first\nsecond", builder.Finish(preformatted: false).Text);
    }

    [Fact]
    public void A_link_starts_at_its_first_visible_character_and_ends_before_trailing_space()
    {
        var builder = new HtmlTextBuilder();
        builder.AppendCollapsing("see ");
        builder.OpenLink("/x");
        builder.AppendCollapsing("  the page  ");
        builder.CloseLink();
        builder.AppendCollapsing(" now");

        var (text, inlines) = builder.Finish(preformatted: false);
        Assert.Equal("see the page now", text);
        var link = Assert.Single(inlines);
        Assert.Equal("the page", text.Substring(link.Start, link.Length));
        Assert.Equal(InlineKind.Link, link.Kind);
    }

    [Fact]
    public void An_empty_link_leaves_no_element()
    {
        var builder = new HtmlTextBuilder();
        builder.AppendCollapsing("text ");
        builder.OpenLink("/anchor");
        builder.CloseLink();

        var (text, inlines) = builder.Finish(preformatted: false);
        Assert.Equal("text", text);
        Assert.Empty(inlines);
    }

    [Fact]
    public void Finish_resets_the_builder()
    {
        var builder = new HtmlTextBuilder();
        builder.AppendCollapsing("one");
        builder.Finish(preformatted: false);

        Assert.True(builder.IsBlank);
        builder.AppendCollapsing("two");
        Assert.Equal("two", builder.Finish(preformatted: false).Text);
    }

    [Fact]
    public void Preformatted_text_keeps_indentation_but_not_edge_blank_lines()
    {
        var builder = new HtmlTextBuilder();
        builder.AppendPreformatted("\r\n    indented\r\n  less\n\n");

        Assert.Equal("    indented\n  less", builder.Finish(preformatted: true).Text);
    }
}
