using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace TextPipe.Tests.Readers.Pdf;

/// <summary>Builds small real PDFs for the reader tests with PdfPig's writer (Helvetica, WinAnsi, A4).</summary>
internal sealed class TestPdf : IDisposable
{
    /// <summary>A 1×1 PNG, for image-only pages.</summary>
    public static readonly byte[] TinyPng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;

    public TestPdf(string? title = null, string? author = null)
    {
        _font = _builder.AddStandard14Font(Standard14Font.Helvetica);
        if (title is not null)
        {
            _builder.DocumentInformation.Title = title;
        }
        if (author is not null)
        {
            _builder.DocumentInformation.Author = author;
        }
    }

    /// <summary>
    /// A one-page PDF written byte by byte, its Helvetica in WinAnsiEncoding, each line shown with one Tj of the
    /// given raw bytes: how a producer draws GBK bytes through a Western font.
    /// </summary>
    public static byte[] WinAnsiPage(params (byte[] Bytes, double X, double Y)[] lines)
    {
        var content = new StringBuilder();
        foreach (var (bytes, x, y) in lines)
        {
            content.Append(CultureInfo.InvariantCulture, $"BT /F1 12 Tf {x} {y} Td <{Convert.ToHexString(bytes)}> Tj ET\n");
        }
        string stream = content.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ];
        return Assemble(objects);
    }

    /// <summary>
    /// A PDF file of <paramref name="objects"/> (object 1 is the catalog), numbered from 1, with its cross-reference
    /// table and trailer: for files PdfPig's writer cannot make (raw bytes, hand-made fonts).
    /// </summary>
    public static byte[] Assemble(IReadOnlyList<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (int i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        int xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (int offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public Page NewPage() => new(_builder.AddPage(PageSize.A4), _font);

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();

    internal sealed class Page(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font)
    {
        /// <summary>Writes <paramref name="text"/> with its baseline starting at (x, y), y measured from the bottom.</summary>
        public Page Text(string text, double x, double y, double size = 10)
        {
            page.AddText(text, size, new PdfPoint(x, y), font);
            return this;
        }

        /// <summary>Writes lines down from (x, y) at a pitch of 1.2 × size.</summary>
        public Page Lines(double x, double y, double size, params string[] lines)
        {
            for (int i = 0; i < lines.Length; i++)
            {
                Text(lines[i], x, y - i * size * 1.2, size);
            }
            return this;
        }

        public Page Image()
        {
            page.AddPng(TinyPng, new PdfRectangle(100, 100, 400, 600));
            return this;
        }
    }
}
