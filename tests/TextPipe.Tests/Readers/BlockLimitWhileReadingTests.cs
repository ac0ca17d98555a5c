using TextPipe.Readers;
using TextPipe.Readers.Docx;
using TextPipe.Tests.Readers.Docx;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers;

/// <summary>
/// The readers that build blocks one by one stop at <see cref="ReaderOptions.MaxBlocks"/> instead of reading every
/// block first: the refusal says "more than" the limit and names the option; a document at the limit is read whole.
/// </summary>
public sealed class BlockLimitWhileReadingTests
{
    private static readonly ReaderOptions LimitOfThree = ReaderOptions.Default with { MaxBlocks = 3 };

    private static string Paragraphs(int count, string word) =>
        string.Join("\n\n", Enumerable.Range(1, count).Select(i => $"{word} {i}."));

    [Theory]
    [InlineData("Paragraph")]
    [InlineData("第段落")]
    [InlineData("Alinéa")]
    public void Plain_text_at_the_limit_is_read_whole(string word)
    {
        var document = new PlainTextReader(LimitOfThree).Read(Utf8(Paragraphs(3, word)), Source("a.txt"));

        Assert.Equal(3, document.Blocks.Length);
    }

    [Theory]
    [InlineData("Paragraph")]
    [InlineData("第段落")]
    [InlineData("Alinéa")]
    public void Plain_text_past_the_limit_is_refused_naming_the_option(string word)
    {
        var error = Assert.Throws<InputException>(() =>
            new PlainTextReader(LimitOfThree).Read(Utf8(Paragraphs(4, word)), Source("a.txt")));

        Assert.Equal("more than 3 blocks (paragraphs, cues, cells), over the limit of 3 (--max-blocks); reading stopped there", error.Message);
    }

    [Fact]
    public void Markdown_counts_headings_and_list_items_as_it_reads()
    {
        var reader = new MarkdownReader(LimitOfThree);

        Assert.Equal(3, reader.Read(Utf8("# Title\n\n- one\n- two\n"), Source("a.md")).Blocks.Length);
        var error = Assert.Throws<InputException>(() => reader.Read(Utf8("# Title\n\n- one\n- two\n- three\n"), Source("a.md")));
        Assert.Contains("(--max-blocks)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_counts_the_body_and_its_notes_and_furniture_together()
    {
        var reader = new DocxReader(LimitOfThree);
        byte[] three = TestDocx.Create((body, _) => body.Append(TestDocx.Paragraph("Un."), TestDocx.Paragraph("Deux.")), footer: "Page 1");
        byte[] four = TestDocx.Create((body, _) => body.Append(TestDocx.Paragraph("Un."), TestDocx.Paragraph("Deux."), TestDocx.Paragraph("Trois.")), footer: "Page 1");

        Assert.Equal(3, reader.Read(three, Source("a.docx")).Blocks.Length);
        var error = Assert.Throws<InputException>(() => reader.Read(four, Source("a.docx")));
        Assert.StartsWith("more than 3 blocks", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_limit_leaves_ordinary_documents_alone()
    {
        var document = new PlainTextReader().Read(Utf8(Paragraphs(2_000, "Paragraph")), Source("a.txt"));

        Assert.Equal(2_000, document.Blocks.Length);
    }
}
