using System.IO.Compression;
using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Docx;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>
/// DOCX files written as raw XML (the SDK cannot build them): nesting that would overflow the SDK's recursive loader,
/// a part that inflates far beyond its ZIP size, and markup whose text used to be dropped without a trace.
/// </summary>
public class HostileDocxTests
{
    private const string WordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static byte[] RawDocx(string body)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            Add(zip, "word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{WordNs}"><w:body>{body}</w:body></w:document>""");
        }
        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Paragraph(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    private static Document Read(byte[] docx, ReaderOptions? options = null) =>
        new DocxReader(options ?? ReaderOptions.Default).Read(docx, Source("deep.docx"));

    private static string[] Texts(Document document) => [.. document.Blocks.Select(b => b.Text)];

    [Theory]
    [InlineData("<w:p>", "<w:r>", "<w:t>x</w:t>", "</w:r>", "</w:p>")]
    [InlineData("", "<w:sdt><w:sdtContent>", "<w:p><w:r><w:t>x</w:t></w:r></w:p>", "</w:sdtContent></w:sdt>", "")]
    [InlineData("<w:tbl><w:tr><w:tc>", "<w:sdt><w:sdtContent>", "<w:p><w:r><w:t>x</w:t></w:r></w:p>", "</w:sdtContent></w:sdt>", "</w:tc></w:tr></w:tbl>")]
    public void A_hundred_thousand_nested_elements_are_refused_naming_the_option_without_overflowing_the_stack(
        string outer, string open, string inner, string close, string outerEnd)
    {
        var docx = RawDocx(Paragraph("Before.") + outer + Repeat(open, 100_000) + inner + Repeat(close, 100_000) + outerEnd);

        var error = Assert.Throws<InputException>(() => Read(docx));

        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("--max-depth", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_depth_limit_is_the_option_s()
    {
        var docx = RawDocx(Repeat("<w:sdt><w:sdtContent>", 20) + Paragraph("Inside.") + Repeat("</w:sdtContent></w:sdt>", 20));

        Assert.Equal(["Inside."], Texts(Read(docx)));
        Assert.Throws<InputException>(() => Read(docx, ReaderOptions.Default with { MaxNestingDepth = 30 }));
    }

    [Theory]
    [InlineData(40)]
    [InlineData(100)]
    public void Text_inside_many_nested_content_controls_is_read(int depth)
    {
        var docx = RawDocx(Paragraph("Before.") + Repeat("<w:sdt><w:sdtContent>", depth) + Paragraph("Deep inside.") + Repeat("</w:sdtContent></w:sdt>", depth));

        Assert.Equal(["Before.", "Deep inside."], Texts(Read(docx)));
    }

    [Fact]
    public void A_run_inside_a_hundred_nested_hyperlinks_is_read_and_located()
    {
        var docx = RawDocx("<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r>" + Repeat("<w:hyperlink w:anchor=\"notes\">", 100)
            + "<w:r><w:t>the notes</w:t></w:r>" + Repeat("</w:hyperlink>", 100) + "</w:p>");

        var block = Assert.Single(Read(docx).Blocks);

        Assert.Equal("See the notes", block.Text);
        Assert.Contains(block.Inlines, e => e.Target == "#notes" && block.Text.Substring(e.Start, e.Length) == "the notes");
    }

    [Fact]
    public void Smart_tag_runs_are_read_with_their_text()
    {
        var docx = RawDocx("<w:p><w:r><w:t xml:space=\"preserve\">Meet in </w:t></w:r><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">"
            + "<w:smartTagPr><w:attr w:name=\"x\" w:val=\"y\"/></w:smartTagPr><w:r><w:t>Lyon</w:t></w:r><w:r><w:tab/><w:t>centre</w:t></w:r></w:smartTag>"
            + "<w:r><w:t xml:space=\"preserve\"> today.</w:t></w:r></w:p>");

        Assert.Equal(["Meet in Lyon\tcentre today."], Texts(Read(docx)));
    }

    [Fact]
    public void A_part_that_inflates_far_beyond_its_compressed_size_is_refused_naming_the_option()
    {
        var docx = RawDocx(Repeat(Paragraph("a"), 250_000)); // about 8 MB of XML in a few kilobytes

        var error = Assert.Throws<InputException>(() => Read(docx));
        Assert.Contains("word/document.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("--max-decompression-ratio", error.Message, StringComparison.Ordinal);
    }
}
