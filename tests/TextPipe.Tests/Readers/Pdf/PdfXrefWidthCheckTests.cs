using System.Text;
using TextPipe.Readers;
using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

/// <summary>A cross-reference stream's field widths that would make PdfPig overflow the stack are refused before it reads them.</summary>
public class PdfXrefWidthCheckTests
{
    private static byte[] XrefStream(string widths) => Encoding.Latin1.GetBytes(
        "%PDF-1.5\n9 0 obj\n<</Type/XRef/Root 1 0 R/Size 10" + widths + "/Length 4>>\nstream\n\0\0\0\0\nendstream\nendobj\n");

    [Theory]
    [InlineData("/W[1 7777777777777777772 2]")]
    [InlineData("/W [-1 2 1]")]
    [InlineData("/W[ 1 2 -3 ]")]
    [InlineData("/W[1 40 2]")]
    public void A_negative_or_impossible_width_is_refused_naming_the_damage(string widths)
    {
        var error = Assert.Throws<InputException>(() => PdfXrefWidthCheck.Check(XrefStream(widths)));

        Assert.Contains("damaged PDF", error.Message, StringComparison.Ordinal);
        Assert.Contains("/W", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/W[1 2 1]")]
    [InlineData("/W [ 1 4 2 ]")]
    [InlineData("/W[0 3 0]")]
    [InlineData("/W[1 2 1]/Widths[-250 -300]")]
    public void Ordinary_widths_pass(string widths)
    {
        PdfXrefWidthCheck.Check(XrefStream(widths));
    }

    [Fact]
    public void Negative_numbers_in_a_font_widths_array_away_from_any_xref_stream_are_not_its_business()
    {
        byte[] pdf = Encoding.Latin1.GetBytes("%PDF-1.4\n5 0 obj\n<</Type/Font/Subtype/CIDFontType2/W[120 130 -500]>>\nendobj\n");

        PdfXrefWidthCheck.Check(pdf);
    }

    [Fact]
    public void The_reader_refuses_such_a_file_instead_of_letting_pdfpig_overflow_the_stack()
    {
        // No xref table, so PdfPig looks for cross-reference streams itself and parses this one: before the check, the
        // process died here (a stack overflow cannot be caught).
        string text = "BT /F1 12 Tf 72 720 Td (Harbour opens at six) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            $"<< /Length {text.Length} >>\nstream\n{text}\nendstream",
            "<< /Type /XRef /Size 6 /Root 1 0 R /W [1 7777777777777777772 2] /Length 4 >>\nstream\n\u0001\0\0\0\nendstream",
        ];
        var pdf = new StringBuilder("%PDF-1.5\n");
        for (int i = 0; i < objects.Length; i++)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        pdf.Append("startxref\n999999\n%%EOF\n");

        var error = Assert.Throws<InputException>(() => new PdfReader().Read(Encoding.Latin1.GetBytes(pdf.ToString()), SourceInfo.FromPath("xref.pdf")));

        Assert.Contains("field width (/W)", error.Message, StringComparison.Ordinal);
    }
}
