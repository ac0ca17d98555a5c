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
}
