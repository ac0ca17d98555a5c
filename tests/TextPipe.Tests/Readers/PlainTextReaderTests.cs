using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Text;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers;

public class PlainTextReaderTests
{
    private static Document Read(string text, ReaderOptions? options = null) =>
        new PlainTextReader(options ?? ReaderOptions.Default).Read(Utf8(text), Source("in/article.txt"));

    [Fact]
    public void Blank_lines_separate_paragraphs_and_single_line_ends_stay()
    {
        var doc = Read("北京市第十六届人民代表大会\n第二次会议在京开幕。\n\n  Le forum se tient à Wuzhen.  \n\n\nThird paragraph.");

        Assert.Equal(
            ["北京市第十六届人民代表大会\n第二次会议在京开幕。", "Le forum se tient à Wuzhen.", "Third paragraph."],
            doc.Blocks.Select(b => b.Text));
        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.All(doc.Blocks, b => Assert.Empty(b.Inlines));
    }

    [Fact]
    public void Whitespace_only_lines_count_as_blank()
    {
        var doc = Read("one\n \t \ntwo\n\u3000\nthree");
        Assert.Equal(["one", "two", "three"], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Whitespace_inside_a_paragraph_is_kept()
    {
        // Only the block's edges are trimmed; indentation of inner lines is layout for later rules.
        var doc = Read("\u3000\u3000第一段，\n    continued  line\n");
        Assert.Equal("第一段，\n    continued  line", Assert.Single(doc.Blocks).Text);
    }

    [Theory]
    [InlineData("Ligne un\r\nLigne deux\r\n\r\nParagraphe deux\r\n")]
    [InlineData("Ligne un\rLigne deux\r\rParagraphe deux\r")]
    [InlineData("Ligne un\nLigne deux\n\nParagraphe deux\n")]
    public void CRLF_and_CR_become_LF(string text)
    {
        var doc = Read(text);
        Assert.Equal(["Ligne un\nLigne deux", "Paragraphe deux"], doc.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains('\r', StringComparison.Ordinal));
    }

    [Fact]
    public void Line_end_convention_does_not_change_the_id()
    {
        Assert.Equal(Read("a\r\nb\r\n\r\nc").Id, Read("a\nb\n\nc").Id);
        Assert.NotEqual(Read("a\nb\n\nc").Id, Read("a\nb\n\nd").Id);
    }

    [Fact]
    public void Metadata_records_source_format_encoding_and_size_but_no_title()
    {
        const string text = "# not a title in plain text\n\n中文内容。";
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var doc = new PlainTextReader(ReaderOptions.Default).Read(bytes, Source("corpus/zh/a.txt"));

        Assert.Equal("corpus/zh/a.txt", doc.Metadata.Source);
        Assert.Equal("text", doc.Metadata.Format);
        Assert.Equal("utf-8", doc.Metadata.Encoding);
        Assert.Equal(TextDecoder.Decode(bytes).Encoding, doc.Metadata.Encoding);
        Assert.Equal(bytes.Length, doc.Metadata.ByteCount);
        Assert.Null(doc.Metadata.Title);
        Assert.Equal(TextMeasure.ContentId(text), doc.Id);
        Assert.Equal(TextMeasure.CountChars(text), doc.CharsIn);
        Assert.Equal("# not a title in plain text", doc.Blocks[0].Text);
    }

    [Fact]
    public void Decoded_text_overload_records_the_given_encoding_and_flags()
    {
        var flag = new Flag("undecodable-bytes", "2 bytes replaced");
        var decoded = new DecodedText("Texte décodé.", "windows-1252", [flag]);
        var doc = new PlainTextReader().Read(decoded, Source("x.txt"), byteCount: 13);

        Assert.Equal("windows-1252", doc.Metadata.Encoding);
        Assert.Equal(13, doc.Metadata.ByteCount);
        Assert.Equal([flag], doc.Flags);
    }

    [Fact]
    public void Nothing_is_cleaned_by_the_reader()
    {
        const string noisy = "![](img/1.png) [link](https://example.com) **bold** &amp; <b>x</b>";
        Assert.Equal(noisy, Assert.Single(Read(noisy).Blocks).Text);
    }

    [Fact]
    public void Empty_and_blank_inputs_are_rejected()
    {
        var reader = new PlainTextReader();
        Assert.Equal("empty file", Assert.Throws<InputException>(() => reader.Read(ReadOnlyMemory<byte>.Empty, Source("e.txt"))).Message);
        Assert.Equal("only whitespace, no text", Assert.Throws<InputException>(() => reader.Read(Utf8(" \r\n\t\n"), Source("e.txt"))).Message);
    }

    [Fact]
    public void Over_long_line_is_rejected_and_one_under_the_limit_accepted()
    {
        var options = new ReaderOptions { MaxLineChars = 20 };
        var doc = Read("短行\n" + new string('长', 20), options);
        Assert.Equal("短行\n" + new string('长', 20), Assert.Single(doc.Blocks).Text);

        var e = Assert.Throws<InputException>(() => Read("短行\n\n" + new string('长', 21), options));
        Assert.Equal("line 3 is 21 characters long, over the limit of 20 (--max-line-chars)", e.Message);
    }

    [Fact]
    public void Two_million_character_line_is_rejected_by_the_reader()
    {
        string text = "Intro.\n" + new string('z', 2_000_000);
        var e = Assert.Throws<InputException>(() => Read(text));
        Assert.Contains("line 2 is 2,000,000 characters long", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_id_is_text() => Assert.Equal("text", new PlainTextReader().Format);
}
