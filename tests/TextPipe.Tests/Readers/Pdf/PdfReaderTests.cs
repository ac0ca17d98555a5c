using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class PdfReaderTests
{
    private static Document Read(byte[] pdf, IPageOcr? ocr = null) =>
        new PdfReader(ReaderOptions.Default, ocr).Read(pdf, ReaderTestKit.Source("test.pdf"));

    private static List<string> Content(Document document) => [.. document.ContentBlocks.Select(b => b.Text)];

    [Fact]
    public void Two_columns_are_read_column_by_column_under_a_spanning_heading()
    {
        using var pdf = new TestPdf();
        var page = pdf.NewPage();
        page.Text("Harbour Works Begin Next Spring", 60, 780, 20);
        // Written row by row across both columns, as an interleaving producer would.
        string[] left = ["Left column first line of the", "story goes on here and ends", "the first paragraph here."];
        string[] right = ["Right column starts with a", "second story that runs on", "until this last line."];
        for (int i = 0; i < 3; i++)
        {
            page.Text(left[i], 60, 740 - i * 12);
            page.Text(right[i], 320, 740 - i * 12);
        }
        var document = Read(pdf.Build());

        var blocks = document.Blocks;
        Assert.Equal(BlockKind.Heading, blocks[0].Kind);
        Assert.Equal("Harbour Works Begin Next Spring", blocks[0].Text);
        Assert.Equal(string.Join('\n', left), blocks[1].Text);
        Assert.Equal(string.Join('\n', right), blocks[2].Text);
        Assert.All(blocks, b => Assert.Equal(1, b.Page));
    }

    [Fact]
    public void Metadata_comes_from_the_document_information_and_the_page_count()
    {
        using var pdf = new TestPdf(title: "Annual Report", author: "Jane Roe");
        pdf.NewPage().Text("Page one body text.", 60, 700);
        pdf.NewPage().Text("Page two body text.", 60, 700);
        var document = Read(pdf.Build());

        Assert.Equal("pdf", document.Metadata.Format);
        Assert.Equal("Annual Report", document.Metadata.Title);
        Assert.Equal("Jane Roe", document.Metadata.Author);
        Assert.Equal(2, document.Metadata.PageCount);
        Assert.Null(document.Metadata.Encoding);
        Assert.Equal([1, 2], document.Blocks.Select(b => b.Page ?? 0));
    }

    [Fact]
    public void Running_headers_and_page_numbers_become_furniture_and_stay_out_of_the_text()
    {
        using var pdf = new TestPdf();
        for (int n = 1; n <= 3; n++)
        {
            pdf.NewPage()
                .Text("Quarterly Review - Harbour Authority", 60, 810, 9)
                .Text($"Body of page {n} says something different each time.", 60, 600)
                .Text($"Page {n} of 3", 280, 30, 9);
        }
        var document = Read(pdf.Build());

        var furniture = document.Blocks.Where(b => b.Kind == BlockKind.PageFurniture).Select(b => b.Text).ToList();
        Assert.Equal(6, furniture.Count);
        Assert.Contains("Page 2 of 3", furniture);
        Assert.DoesNotContain("Quarterly", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("of 3", document.Text, StringComparison.Ordinal);
        Assert.Equal(3, document.ContentBlocks.Count());
    }

    [Fact]
    public void A_body_line_repeated_mid_page_is_not_furniture()
    {
        using var pdf = new TestPdf();
        pdf.NewPage().Text("Intro.", 60, 700).Text("Repeated sentence in the body.", 60, 400).Text("Outro one.", 60, 150);
        pdf.NewPage().Text("Intro two.", 60, 700).Text("Repeated sentence in the body.", 60, 400).Text("Outro two.", 60, 150);
        var document = Read(pdf.Build());

        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.PageFurniture);
        Assert.Equal(2, Content(document).Count(t => t == "Repeated sentence in the body."));
    }

    [Fact]
    public void Gbk_bytes_drawn_through_a_western_font_are_re_decoded()
    {
        // 中国人民 in GBK, shown byte by byte through a WinAnsi font, next to accented French in the same font.
        var gbk = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("中国人民");
        var french = System.Text.Encoding.Latin1.GetBytes("Café déjà vu, élève.");
        var content = Content(Read(TestPdf.WinAnsiPage((gbk, 60, 700), (french, 60, 650))));

        Assert.Contains("中国人民", content);
        Assert.Contains("Café déjà vu, élève.", content); // accented French is left alone
    }

    [Fact]
    public void End_of_line_hyphens_are_kept_on_their_line_for_the_line_wrap_rule()
    {
        using var pdf = new TestPdf();
        pdf.NewPage().Lines(60, 700, 10, "The harbour authority an-", "nounced the new works today.");
        var block = Assert.Single(Read(pdf.Build()).Blocks);

        Assert.Equal("The harbour authority an-\nnounced the new works today.", block.Text);
    }

    [Fact]
    public void An_image_only_page_is_flagged_needs_ocr()
    {
        using var pdf = new TestPdf();
        pdf.NewPage().Text("A page with text.", 60, 700);
        pdf.NewPage().Image();
        var document = Read(pdf.Build());

        var flag = Assert.Single(document.Flags);
        Assert.Equal("needs-ocr", flag.Code);
        Assert.Equal("page 2: no text layer (image only): needs OCR", flag.Message);
        Assert.Equal(["A page with text."], Content(document));
    }

    [Fact]
    public void With_ocr_an_image_only_page_gets_the_recognised_text()
    {
        using var pdf = new TestPdf();
        pdf.NewPage().Image();
        var document = Read(pdf.Build(), new FakeOcr("第 一 段 文字\n\nSecond paragraph."));

        Assert.Empty(document.Flags);
        Assert.Equal(["第一段文字", "Second paragraph."], Content(document));
        Assert.All(document.Blocks, b => Assert.Equal(1, b.Page));
    }

    [Fact]
    public void When_ocr_cannot_run_the_page_is_flagged_with_the_reason()
    {
        using var pdf = new TestPdf();
        pdf.NewPage().Image();
        var document = Read(pdf.Build(), new FakeOcr(null));

        Assert.Equal(["ocr-unavailable", "needs-ocr"], document.Flags.Select(f => f.Code));
        Assert.Contains("tesseract", document.Flags[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_input_is_rejected()
    {
        var e = Assert.Throws<InputException>(() => Read([]));
        Assert.Equal("empty file: no PDF content", e.Message);
    }

    [Fact]
    public void Text_with_a_pdf_extension_is_rejected()
    {
        var e = Assert.Throws<InputException>(() => Read("just some text\nin a .pdf file\n"u8.ToArray()));
        Assert.Equal("not a PDF: no %PDF- header", e.Message);
    }

    [Fact]
    public void Binary_junk_is_rejected()
    {
        var junk = Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray();
        var e = Assert.Throws<InputException>(() => Read(junk));
        Assert.Equal("not a PDF: no %PDF- header", e.Message);
    }

    [Fact]
    public void A_truncated_pdf_is_rejected()
    {
        using var pdf = new TestPdf();
        pdf.NewPage().Text("Some text that will be cut off.", 60, 700);
        var bytes = pdf.Build();
        var e = Assert.Throws<InputException>(() => Read(bytes[..(bytes.Length / 2)]));
        Assert.StartsWith("truncated PDF", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_damaged_inside_is_rejected_with_the_reason()
    {
        var bytes = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
        var e = Assert.Throws<InputException>(() => Read(bytes));
        Assert.StartsWith("damaged or truncated PDF (", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_is_rejected()
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReaderTestKit.RepoRoot(), "tests", "TextPipe.Tests", "Readers", "Pdf", "Files", "encrypted.pdf"));
        var e = Assert.Throws<InputException>(() => Read(bytes));
        Assert.Equal("encrypted PDF: it needs a password to open", e.Message);
    }

    private sealed class FakeOcr(string? text) : IPageOcr
    {
        public string Recognize(ReadOnlyMemory<byte> pdf, int page) =>
            text ?? throw new OcrUnavailableException("OCR needs 'tesseract', which is not installed (Debian package tesseract-ocr)");
    }
}
