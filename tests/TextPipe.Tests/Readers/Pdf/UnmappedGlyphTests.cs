using System.Globalization;
using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

/// <summary>Type 3 glyphs without a Unicode mapping: flagged without OCR, recognised one by one with it.</summary>
public sealed class UnmappedGlyphTests
{
    private static Document Read(byte[] pdf, IPageOcr? ocr = null) =>
        new PdfReader(ReaderOptions.Default, ocr).Read(pdf, ReaderTestKit.Source("test.pdf"));

    private static List<string> Content(Document document) => [.. document.ContentBlocks.Select(b => b.Text)];

    /// <summary>"Hello world" in Helvetica, then one glyph of a Type 3 font coded <c>A</c> and named /G065 (no ToUnicode).</summary>
    private static byte[] HelloWithLoneType3Glyph(string glyphName = "G065", int width = 1000, string toUnicode = "") =>
        Type3Page($"BT /F1 12 Tf 72 700 Td (Hello world) Tj /T3 12 Tf (A) Tj ET", $"[65 /{glyphName}]", [width], toUnicode);

    [Fact]
    public void Without_ocr_a_lone_unmapped_type3_glyph_is_left_out_and_flagged_not_output_as_its_code()
    {
        var document = Read(HelloWithLoneType3Glyph());

        Assert.Equal(["Hello world"], Content(document));
        var flag = Assert.Single(document.Flags);
        Assert.Equal("needs-ocr", flag.Code);
        Assert.Equal("page 1: 1 glyph without a Unicode mapping: needs OCR", flag.Message);
    }

    [Fact]
    public void With_ocr_the_glyph_is_recognised_in_its_box_and_put_in_place()
    {
        var ocr = new GlyphOcr("!");
        var document = Read(HelloWithLoneType3Glyph(), ocr);

        Assert.Empty(document.Flags);
        // An em-wide glyph read as "!" is the full-width exclamation mark.
        Assert.Equal(["Hello world！"], Content(document));
        var box = Assert.Single(ocr.Boxes);
        Assert.Equal(842, ocr.PageBox.Top, 3);
        Assert.InRange(box.Bottom, 699, 701.5);
        Assert.InRange(box.Top, 705, 713);
        Assert.True(box.Left > 72 + 50 && box.Width > 1, $"box {box}");
    }

    [Fact]
    public void A_narrow_glyph_keeps_the_ascii_character_ocr_read()
    {
        var document = Read(HelloWithLoneType3Glyph(width: 300), new GlyphOcr("!"));

        Assert.Equal(["Hello world!"], Content(document));
    }

    [Fact]
    public void When_ocr_finds_nothing_or_cannot_run_the_glyph_is_flagged_and_the_text_kept()
    {
        var empty = Read(HelloWithLoneType3Glyph(), new GlyphOcr(""));
        Assert.Equal(["Hello world"], Content(empty));
        Assert.Equal(["needs-ocr"], empty.Flags.Select(f => f.Code));

        var missing = Read(HelloWithLoneType3Glyph(), new GlyphOcr(null));
        Assert.Equal(["Hello world"], Content(missing));
        Assert.Equal(["ocr-unavailable", "needs-ocr"], missing.Flags.Select(f => f.Code));
        Assert.Contains("tesseract", missing.Flags[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ocr_engine_without_glyph_recognition_gives_a_flag_not_a_crash()
    {
        var document = Read(HelloWithLoneType3Glyph(), new PageOnlyOcr());

        Assert.Equal(["Hello world"], Content(document));
        Assert.Equal(["ocr-unavailable", "needs-ocr"], document.Flags.Select(f => f.Code));
    }

    [Fact]
    public void A_standard_glyph_name_or_a_tounicode_entry_is_a_mapping()
    {
        var named = Read(HelloWithLoneType3Glyph(glyphName: "exclam", width: 300));
        Assert.Empty(named.Flags);
        Assert.Equal(["Hello world!"], Content(named));

        var mapped = Read(HelloWithLoneType3Glyph(toUnicode: "<41> <FF01>"));
        Assert.Empty(mapped.Flags);
        Assert.Equal(["Hello world！"], Content(mapped));
    }

    [Fact]
    public void A_type3_font_that_spells_words_with_its_codes_is_read_as_ascii()
    {
        // TeX bitmap fonts: names /a66 /a97..., codes are ASCII; PdfPig's code-as-character reading is right.
        var pdf = Type3Page("BT /T3 12 Tf 72 700 Td (Bad cab) Tj ET", "[32 /a32 66 /a66 97 /a97 /a98 /a99 /a100]", [300, .. Enumerable.Repeat(600, 69)], "", firstChar: 32);
        var document = Read(pdf, new GlyphOcr("?"));

        Assert.Empty(document.Flags);
        Assert.Equal(["Bad cab"], Content(document));
    }

    [Fact]
    public void Normalize_drops_whitespace_and_widens_a_lone_ascii_character_on_an_em_wide_glyph()
    {
        var wide = new PdfGlyph("", 100, 111, 500, 12);
        var narrow = new PdfGlyph("", 100, 104, 500, 12);
        Assert.Equal("！", UnmappedGlyphText.Normalize(" !\n", wide));
        Assert.Equal("？", UnmappedGlyphText.Normalize("?", wide));
        Assert.Equal("!", UnmappedGlyphText.Normalize("!", narrow));
        Assert.Equal("来", UnmappedGlyphText.Normalize("来 ", wide));
        Assert.Equal("ab", UnmappedGlyphText.Normalize("a b", wide));
    }

    [Fact]
    public void Merge_inserts_recognised_glyphs_at_their_places_and_counts_the_misses()
    {
        var glyphs = new List<PdfGlyph> { new("a", 0, 5, 0, 10), new("b", 10, 15, 0, 10) };
        var unmapped = new List<UnmappedGlyph>
        {
            new(0, new PdfGlyph("", -5, 0, 0, 10), new PdfBox(-5, 0, 0, 8)),
            new(1, new PdfGlyph("", 5, 10, 0, 10), new PdfBox(5, 0, 10, 8)),
            new(2, new PdfGlyph("", 15, 20, 0, 10), new PdfBox(15, 0, 20, 8)),
        };

        int missed = UnmappedGlyphText.Merge(glyphs, unmapped, ["x", "", "z"]);

        Assert.Equal(1, missed);
        Assert.Equal(["x", "a", "b", "z"], glyphs.Select(g => g.Text));
    }

    [Fact]
    public void Pixel_boxes_are_measured_from_the_top_left_of_the_crop_box_at_300_dpi()
    {
        var (x, y, width, height) = TesseractPageOcr.PixelBox(new PdfBox(0, 0, 72, 144), new PdfBox(36, 72, 54, 108));

        Assert.Equal((150, 150, 75, 150), (x, y, width, height));
    }

    [Fact]
    public void Gray_images_are_padded_with_white()
    {
        byte[] pgm = [.. "P5\n2 1\n255\n"u8, 0, 10];

        var padded = GrayImage.Pad(pgm);

        Assert.NotNull(padded);
        string header = "P5\n6 5\n255\n";
        Assert.Equal(header, Encoding.ASCII.GetString(padded, 0, header.Length));
        var pixels = padded.AsSpan(header.Length).ToArray();
        Assert.Equal(30, pixels.Length);
        Assert.Equal(0, pixels[(2 * 6) + 2]);
        Assert.Equal(10, pixels[(2 * 6) + 3]);
        Assert.Equal(28, pixels.Count(p => p == 255));
        Assert.Null(GrayImage.Pad("P6\n1 1\n255\n\0\0\0"u8.ToArray()));
    }

    /// <summary>A one-page PDF with Helvetica as /F1 and a Type 3 font as /T3 whose every glyph is a filled box.</summary>
    private static byte[] Type3Page(string content, string differences, int[] widths, string toUnicode, int firstChar = 65)
    {
        var names = System.Text.RegularExpressions.Regex.Matches(differences, @"/([A-Za-z0-9]+)").Select(m => m.Groups[1].Value).Distinct().ToList();
        string procs = string.Join(' ', names.Select(n => $"/{n} 7 0 R"));
        string glyph = "1000 0 0 0 1000 1000 d1 200 0 400 700 re f";
        string cmap = toUnicode.Length == 0 ? "" :
            $"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /T3 def 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar {toUnicode} endbfchar endcmap CMapName currentdict /CMap defineresource pop end end";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /T3 6 0 R >> >> >>",
            Stream(content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] " +
                $"/FirstChar {firstChar} /LastChar {firstChar + widths.Length - 1} /Widths [{string.Join(' ', widths)}] " +
                $"/Encoding << /Type /Encoding /Differences {differences} >> /CharProcs << {procs} >> /Resources << >>" +
                (cmap.Length > 0 ? " /ToUnicode 8 0 R" : "") + " >>",
            Stream(glyph),
            Stream(cmap),
        ];
        return TestPdf.Assemble(objects);

        static string Stream(string text) => $"<< /Length {text.Length} >>\nstream\n{text}\nendstream";
    }

    /// <summary>Recognises every glyph as <c>text</c>, or is not installed (null); records what it was asked.</summary>
    private sealed class GlyphOcr(string? text) : IPageOcr
    {
        public List<PdfBox> Boxes { get; } = [];

        public PdfBox PageBox { get; private set; }

        public string Recognize(ReadOnlyMemory<byte> pdf, int page) => throw new InvalidOperationException("the page has a text layer");

        public IReadOnlyList<string> RecognizeGlyphs(ReadOnlyMemory<byte> pdf, int page, PdfBox pageBox, IReadOnlyList<PdfBox> glyphs)
        {
            if (text is null)
            {
                throw new OcrUnavailableException("OCR needs 'tesseract', which is not installed (Debian package tesseract-ocr)");
            }
            PageBox = pageBox;
            Boxes.AddRange(glyphs);
            return [.. glyphs.Select(_ => text)];
        }
    }

    /// <summary>An engine that only reads whole pages: the interface's default refuses glyphs.</summary>
    private sealed class PageOnlyOcr : IPageOcr
    {
        public string Recognize(ReadOnlyMemory<byte> pdf, int page) => throw new InvalidOperationException("the page has a text layer");
    }
}
