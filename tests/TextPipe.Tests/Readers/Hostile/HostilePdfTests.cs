using System.Globalization;
using System.IO.Compression;
using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Pdf;
using TextPipe.Tests.Readers.Pdf;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>PDFs written byte by byte here: a content stream that inflates a thousand times, and a catalog entry nested too deep.</summary>
public class HostilePdfTests
{
    private const string Text = "BT /F1 12 Tf 72 720 Td (Harbour opens at six) Tj ET\n";

    private static Document Read(byte[] pdf) => new PdfReader(ReaderOptions.Default, ocr: null).Read(pdf, Source("hostile.pdf"));

    /// <summary>A one-page PDF whose content stream is <paramref name="content"/> deflated; bytes kept as they are (Latin-1).</summary>
    private static byte[] FlatePage(byte[] content)
    {
        using var deflated = new MemoryStream();
        using (var zlib = new ZLibStream(deflated, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(content);
        }
        string data = Encoding.Latin1.GetString(deflated.ToArray());
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n{data}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    [Fact]
    public void A_content_stream_that_inflates_a_thousand_times_is_refused_naming_the_option()
    {
        var pdf = FlatePage(Encoding.ASCII.GetBytes(Text + new string(' ', 16 * 1024 * 1024)));

        var error = Assert.Throws<InputException>(() => Read(pdf));

        Assert.Contains("PDF stream", error.Message, StringComparison.Ordinal);
        Assert.Contains("--max-decompression-ratio", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_compressed_content_stream_is_read()
    {
        var document = Read(FlatePage(Encoding.ASCII.GetBytes(Text)));

        Assert.Equal("Harbour opens at six", Assert.Single(document.ContentBlocks).Text);
        Assert.Empty(document.Flags);
    }

    private static byte[] CatalogWith(string entry) => TestPdf.Assemble(
    [
        $"<< /Type /Catalog /Pages 2 0 R /Junk {entry} >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        $"<< /Length {Text.Length} >>\nstream\n{Text}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]);

    [Fact]
    public void A_catalog_entry_nested_too_deep_is_left_out_flagged_and_the_page_read()
    {
        var pdf = CatalogWith(new string('[', 300) + "(text in the depths)" + new string(']', 300));

        var document = Read(pdf);

        Assert.Equal("Harbour opens at six", Assert.Single(document.ContentBlocks).Text);
        var flag = Assert.Single(document.Flags, f => f.Code == PdfReader.DeepObjectFlag);
        Assert.Contains("1 object", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_entry_nested_within_the_limit_is_left_alone()
    {
        var document = Read(CatalogWith(new string('[', 50) + "(shallow) ([) (])" + new string(']', 50)));

        Assert.Equal("Harbour opens at six", Assert.Single(document.ContentBlocks).Text);
        Assert.DoesNotContain(document.Flags, f => f.Code == PdfReader.DeepObjectFlag);
    }

    [Fact]
    public void Blanking_keeps_every_byte_offset_and_skips_strings()
    {
        var pdf = CatalogWith("[(a[[[[ string) " + new string('[', 300) + new string(']', 300) + "]");

        var (patched, blanked) = PdfDeepObjects.Blank(pdf, PdfDeepObjects.SafeDepth);

        Assert.Equal(1, blanked);
        Assert.Equal(pdf.Length, patched.Length);
        string text = Encoding.ASCII.GetString(patched.Span);
        Assert.Contains("(a[[[[ string)", text, StringComparison.Ordinal);
        Assert.Contains("null", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('[', PdfDeepObjects.SafeDepth + 1), text, StringComparison.Ordinal);
    }
}
