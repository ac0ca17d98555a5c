using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>
/// Pages nested deeper than the limit are flattened, text kept and flagged; ordinary pages, however sloppy, are left
/// alone. Pages built here.
/// </summary>
public class HtmlNestingLimitTests
{
    private static Document Read(string html, ReaderOptions? options = null) =>
        new HtmlReader(options ?? ReaderOptions.Default).Read(Utf8(html), Source("deep.html"));

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string AllText(Document document) => string.Join("\n", document.Blocks.Select(b => b.Text));

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<blockquote>", "</blockquote>")]
    [InlineData("<ul><li>level ", "</li></ul>")]
    [InlineData("<span>", "</span>")]
    public void A_hundred_thousand_nested_elements_are_flattened_with_their_text_kept_and_a_flag(string open, string close)
    {
        var document = Read("<html><body><p>Before the abyss.</p>" + Repeat(open, 100_000) + "Deepest words." + Repeat(close, 100_000) + "<p>After the abyss.</p></body></html>");

        string text = AllText(document);
        Assert.Contains("Before the abyss.", text, StringComparison.Ordinal);
        Assert.Contains("Deepest words.", text, StringComparison.Ordinal);
        Assert.Contains("After the abyss.", text, StringComparison.Ordinal);
        var flag = Assert.Single(document.Flags, f => f.Code == ReaderFlagCodes.NestingFlattened);
        Assert.Contains("--max-depth", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_keeps_its_structure_and_raises_no_flag()
    {
        string html = "<body>" + Repeat("<div>", 40) + "<p>One.</p><p>Two.</p>" + Repeat("</div>", 40) + "</body>";

        var document = Read(html);

        Assert.Equal(["One.", "Two."], document.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(document.Flags, f => f.Code == ReaderFlagCodes.NestingFlattened);
        Assert.Contains(Read(html, ReaderOptions.Default with { MaxNestingDepth = 10 }).Flags, f => f.Code == ReaderFlagCodes.NestingFlattened);
    }

    [Theory]
    [InlineData("<p>para ", 5_000)]                            // paragraphs never closed: each closes the one before
    [InlineData("<ul><li>item <li>item <li>item </ul>", 2_000)] // list items never closed
    [InlineData("<br><img src=x><hr><input>", 2_000)]            // void elements
    [InlineData("<div class=\"a>b\" title='<div>'>x</div>", 2_000)] // markup inside attribute values
    [InlineData("<script>if (a<b) { document.write('<div>'); }</script>", 2_000)] // markup inside scripts
    [InlineData("<!-- <div> --><br/>", 2_000)]                  // markup inside comments
    public void Sloppy_but_shallow_pages_are_not_flattened(string piece, int times)
    {
        var document = Read("<body>" + Repeat(piece, times) + "<p>End.</p></body>");

        Assert.DoesNotContain(document.Flags, f => f.Code == ReaderFlagCodes.NestingFlattened);
        Assert.Equal("End.", document.Blocks[^1].Text);
    }

    [Fact]
    public void Attributes_beyond_the_cap_are_left_out_with_a_flag_and_the_element_keeps_its_first_ones()
    {
        string attributes = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"data-a{i}=\"v{i}\""));
        var document = Read($"<body><p>Plain.</p><p {attributes}>Many attributes, <a href=\"/x\" {attributes}>one link</a>.</p></body>");

        Assert.Equal(["Plain.", "Many attributes, one link."], document.Blocks.Select(b => b.Text));
        var flag = Assert.Single(document.Flags, f => f.Code == HtmlNestingLimit.AttributesFlagCode);
        Assert.StartsWith("html: 2 elements with more than 1,000 attributes", flag.Message, StringComparison.Ordinal);
        Assert.Contains(document.Blocks[1].Inlines, e => e.Target == "/x");
    }

    [Fact]
    public void Ordinary_attributes_with_odd_values_raise_no_flag()
    {
        var document = Read("<body><p title='a > b' data-x=\"1/2\" hidden=\"\" class=x>Shown?</p><p id=\"ok\" lang=fr>Oui.</p></body>");

        Assert.DoesNotContain(document.Flags, f => f.Code == HtmlNestingLimit.AttributesFlagCode);
        Assert.Equal("Oui.", document.Blocks[^1].Text);
    }

    [Theory]
    [InlineData("script", "var a = '<div>' + 1;\n")]
    [InlineData("style", "p > a { color: red }\n")]
    public void A_huge_script_or_style_is_taken_out_before_parsing_and_the_page_reads_the_same(string element, string line)
    {
        // Generated: a script or style far over the threshold, with markup-like text inside it, between two paragraphs.
        string big = Repeat(line, (HtmlNestingLimit.LargeRawText / line.Length) + 1000);
        string page = $"<body><p>Before.</p><{element}>{big}</{element}><p>After <b>bold</b>.</p></body>";

        var (markup, flags) = HtmlNestingLimit.Apply(page, 256);

        Assert.True(markup.Length < 200, $"markup kept {markup.Length:N0} characters");
        Assert.Contains($"<{element}> </{element}>", markup, StringComparison.Ordinal);
        Assert.Empty(flags); // scripts and styles are dropped silently, as they always were
        var document = Read(page);
        Assert.Equal(["Before.", "After bold."], document.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(document.Flags, f => f.Code == ReaderFlagCodes.NestingFlattened);
    }

    [Fact]
    public void Ordinary_scripts_and_a_large_textarea_are_left_in_the_page()
    {
        // Under the threshold nothing is copied; a textarea is raw text too, but its text is shown, so it stays whatever its size.
        string page = "<body><script>var small = 1;</script><p>Text.</p><textarea>" + Repeat("typed words ", (HtmlNestingLimit.LargeRawText / 12) + 10) + "</textarea></body>";

        var (markup, _) = HtmlNestingLimit.Apply(page, 256);

        Assert.Same(page, markup);
    }
}
