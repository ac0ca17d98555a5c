namespace TextPipe.Readers.Pdf;

/// <summary>A page's paragraphs in reading order, with the page's vertical extent (for header and footer bands).</summary>
internal sealed record PdfPageLayout(int Number, double Bottom, double Top, List<PdfParagraph> Paragraphs)
{
    public double Height => Top - Bottom;
}
