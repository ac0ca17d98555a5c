using TextPipe.Documents;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Tells headings from body text by type size: the body size is the size most characters of the document are
/// set in; a short paragraph (up to three lines) set clearly larger is a heading, its level the rank of its size
/// among the heading sizes (largest is level 1).
/// </summary>
internal sealed class HeadingClassifier
{
    private const double HeadingRatio = 1.15;

    private readonly double _bodySize;
    private readonly double[] _headingSizes;

    public HeadingClassifier(IEnumerable<PdfParagraph> paragraphs)
    {
        var list = paragraphs.ToList();
        _bodySize = list.Count == 0 ? 0 : list
            .GroupBy(p => Round(p.Size))
            .OrderByDescending(g => g.Sum(p => p.Text.Length))
            .First().Key;
        _headingSizes = [.. list.Where(IsHeading).Select(p => Round(p.Size)).Distinct().OrderDescending()];
    }

    public (BlockKind Kind, int Level) Classify(PdfParagraph paragraph)
    {
        if (!IsHeading(paragraph))
        {
            return (BlockKind.Paragraph, 0);
        }
        int rank = Array.IndexOf(_headingSizes, Round(paragraph.Size));
        return (BlockKind.Heading, Math.Clamp(rank + 1, 1, 6));
    }

    private bool IsHeading(PdfParagraph paragraph) =>
        _bodySize > 0 && paragraph.Size >= _bodySize * HeadingRatio && paragraph.Lines.Count <= 3 && paragraph.Text.Length <= 200;

    /// <summary>Sizes to the half point: the same style comes out at 11.95 and 12.0.</summary>
    private static double Round(double size) => Math.Round(size * 2) / 2;
}
