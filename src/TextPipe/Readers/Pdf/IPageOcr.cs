using TextPipe.Language;

namespace TextPipe.Readers.Pdf;

/// <summary>Recognises the text of one PDF page from its image, for pages without a usable text layer.</summary>
public interface IPageOcr
{
    /// <summary>
    /// The page's text (paragraphs separated by blank lines), or throws <see cref="OcrUnavailableException"/>
    /// when the OCR tools are missing or fail; the reader then flags the page instead.
    /// </summary>
    /// <param name="pdf">The whole PDF file.</param>
    /// <param name="page">1-based page number.</param>
    string Recognize(ReadOnlyMemory<byte> pdf, int page);

    /// <summary>
    /// Recognises the page with languages for the writing systems it is expected to hold (from the document's
    /// readable text; empty when nothing is known) and says which of them no installed language data reads.
    /// Engines without a language choice read the page as <see cref="Recognize(ReadOnlyMemory{byte}, int)"/> does.
    /// </summary>
    OcrResult Recognize(ReadOnlyMemory<byte> pdf, int page, IReadOnlyCollection<WritingSystem> scripts) => new(Recognize(pdf, page), "", []);

    /// <summary>
    /// Recognises single glyphs of a page that has a text layer, one text per region (empty when nothing was
    /// recognised), for glyphs drawn by fonts without a Unicode mapping. Throws <see cref="OcrUnavailableException"/>
    /// when the tools are missing or fail, or when the engine cannot read regions (the default).
    /// </summary>
    /// <param name="pdf">The whole PDF file.</param>
    /// <param name="page">1-based page number.</param>
    /// <param name="pageBox">The page's crop box in PDF points (y upwards): what a rendering of the page shows.</param>
    /// <param name="glyphs">Each glyph's ink box in the same coordinates.</param>
    IReadOnlyList<string> RecognizeGlyphs(ReadOnlyMemory<byte> pdf, int page, PdfBox pageBox, IReadOnlyList<PdfBox> glyphs) =>
        throw new OcrUnavailableException("this OCR engine cannot recognise single glyphs");
}

/// <summary>A page's recognised text, the engine's languages it was read with, and the expected scripts it had no data for.</summary>
public sealed record OcrResult(string Text, string Languages, IReadOnlyList<MissingOcrScript> Missing);

/// <summary>A writing system the page is expected to hold that no installed OCR language reads, and the package to install.</summary>
public sealed record MissingOcrScript(WritingSystem Script, string Package);

/// <summary>A rectangle in PDF page coordinates (points, y upwards).</summary>
public readonly record struct PdfBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;

    public double Height => Top - Bottom;
}

/// <summary>OCR could not run (a tool is missing, or failed); the message says which and how to fix it.</summary>
public sealed class OcrUnavailableException : Exception
{
    public OcrUnavailableException(string message)
        : base(message)
    {
    }

    public OcrUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OcrUnavailableException()
    {
    }
}
