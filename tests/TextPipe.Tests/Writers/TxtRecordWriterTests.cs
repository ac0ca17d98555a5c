using TextPipe.Documents;
using TextPipe.Writers;

namespace TextPipe.Tests.Writers;

public class TxtRecordWriterTests
{
    [Fact]
    public void Document_unit_separates_documents_with_a_form_feed_line_and_keeps_blank_lines()
    {
        var zh = WriterFixtures.Chinese();
        var fr = WriterFixtures.French();

        string output = WriterHarness.Text(OutputFormat.Txt, RecordUnit.Document, zh, fr);

        Assert.Equal(zh.Text + "\n\f\n" + fr.Text + "\n", output);
        Assert.Contains("城市交通报告\n\n北京地铁", output, StringComparison.Ordinal);
        string[] documents = output.Split("\n\f\n");
        Assert.Equal(2, documents.Length);
    }

    [Fact]
    public void Document_unit_writes_an_empty_document_as_nothing_between_separators()
    {
        var empty = WriterFixtures.RawEnglish() with { Blocks = [] };

        string output = WriterHarness.Text(OutputFormat.Txt, RecordUnit.Document, WriterFixtures.RawEnglish(), empty, WriterFixtures.RawEnglish());

        string text = WriterFixtures.RawEnglish().Text;
        Assert.Equal(text + "\n\f\n\f\n" + text + "\n", output);
    }

    [Fact]
    public void Paragraph_unit_writes_one_paragraph_per_line_with_inner_line_breaks_as_spaces()
    {
        string output = WriterHarness.Text(OutputFormat.Txt, RecordUnit.Paragraph, WriterFixtures.French(), WriterFixtures.RawEnglish());

        Assert.Equal(
        [
            "Le «\u00A0vrai\u00A0» prix du pain",
            WriterFixtures.FrenchBody.Replace('\n', ' '),
            "Farine\u00A0: +12\u202F%",
            "« Le pain, c'est la vie. » Et le reste ?",
            "prix = 1.10 print(prix)",
            WriterFixtures.FrenchCell,
            "Plain text, no stages run. A second line.",
            "Last paragraph.",
        ],
        WriterHarness.Lines(output));
    }

    [Fact]
    public void Sentence_unit_writes_one_sentence_per_line_and_skips_empty_ones()
    {
        string output = WriterHarness.Text(OutputFormat.Txt, RecordUnit.Sentence, WriterFixtures.Chinese(), WriterFixtures.RawEnglish());

        Assert.Equal(
        [
            "城市交通报告",
            "北京地铁每天运送约一千万人次。",
            "高峰时段，部分线路满载率超过 120%。",
            "报告引用了 OECD 的数据：",
            "“Public transport is the backbone.”",
            WriterFixtures.ChineseCaption,
            "Plain text, no stages run. A second line.",
            "Last paragraph.",
        ],
        WriterHarness.Lines(output));
    }

    [Theory]
    [InlineData("a\r\nb", "a b")]
    [InlineData("a\rb\nc", "a b c")]
    [InlineData("a\u2028b\u2029c\u0085d\u000Be\u000Cf\u001Cg\u001Dh\u001Ei", "a b c d e f g h i")]
    [InlineData("a\n\nb", "a  b")]
    [InlineData("no break", "no break")]
    public void Every_line_break_inside_a_record_becomes_one_space(string text, string expected)
    {
        var document = WriterFixtures.RawEnglish() with { Blocks = [new Block(BlockKind.Paragraph, text)] };

        string output = WriterHarness.Text(OutputFormat.Txt, RecordUnit.Paragraph, document);

        Assert.Equal(expected + "\n", output);
    }

    [Fact]
    public void A_paragraph_of_only_line_breaks_is_not_written()
    {
        var document = WriterFixtures.RawEnglish() with
        {
            Blocks = [new Block(BlockKind.Paragraph, "\n\u2028"), new Block(BlockKind.Paragraph, "kept")],
        };

        Assert.Equal("kept\n", WriterHarness.Text(OutputFormat.Txt, RecordUnit.Paragraph, document));
    }

    [Fact]
    public void No_documents_write_nothing()
    {
        Assert.Empty(WriterHarness.Bytes(new WriterOptions(OutputFormat.Txt, RecordUnit.Document)));
    }
}
