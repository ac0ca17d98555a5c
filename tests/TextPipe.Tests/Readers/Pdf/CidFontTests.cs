using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

/// <summary>
/// Type0 fonts with CID-keyed CFF programs (Identity-H) and a ToUnicode map, as pdfkit, LibreOffice and most
/// Korean producers write them; the files and how they were made: Files/README.md.
/// </summary>
public sealed class CidFontTests
{
    private static readonly string[] Expected =
    [
        "서울의 봄 날씨는 맑고 따뜻합니다.",
        "도서관은 아홉 시에 문을 엽니다.",
        "中文和日本語のテキストも読めます。",
    ];

    private static Document Read(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReaderTestKit.RepoRoot(), "tests", "TextPipe.Tests", "Readers", "Pdf", "Files", file));
        return new PdfReader(ReaderOptions.Default, ocr: null).Read(bytes, ReaderTestKit.Source(file));
    }

    [Fact]
    public void Korean_chinese_and_japanese_are_read_through_the_tounicode_map_with_korean_word_spaces()
    {
        var document = Read("cid-korean.pdf");
        Assert.Equal(Expected, document.ContentBlocks.Select(b => b.Text));
        Assert.Empty(document.Flags);
    }

    [Fact]
    public void A_space_glyph_missing_from_the_tounicode_map_is_read_as_a_space_not_as_a_missing_text_layer()
    {
        // The same page with the space left out of the map: PdfPig gives each space as a control character, a
        // quarter of Korean letters, which made the font look unmapped and the page empty ("needs-ocr").
        var document = Read("cid-korean-unmapped-space.pdf");
        Assert.Equal(Expected, document.ContentBlocks.Select(b => b.Text));
        Assert.DoesNotContain(document.Flags, f => f.Code == "needs-ocr");
    }
}
