using UglyToad.PdfPig.Content;

namespace TextPipe.Readers.Pdf;

/// <summary>One page's glyphs to paragraphs in reading order: lines, column blocks, order, paragraph splits.</summary>
internal static class PageLayouter
{
    public static PdfPageLayout Layout(Page page, int number, List<PdfGlyph> glyphs)
    {
        var bounds = page.CropBox.Bounds;
        return new PdfPageLayout(number, bounds.Bottom, bounds.Top, Paragraphs(number, glyphs));
    }

    /// <summary>
    /// A vertical page: its horizontal text (a title set across, page furniture) first, then its columns, turned a
    /// quarter so that each column reads as a line, right to left (<see cref="VerticalText"/>).
    /// </summary>
    public static PdfPageLayout LayoutVertical(Page page, int number, List<PdfGlyph> columns, List<PdfGlyph> rest)
    {
        var paragraphs = Paragraphs(number, rest);
        paragraphs.AddRange(Paragraphs(number, [.. columns.Select(VerticalText.Turn)]));
        var bounds = page.CropBox.Bounds;
        return new PdfPageLayout(number, bounds.Bottom, bounds.Top, paragraphs);
    }

    private static List<PdfParagraph> Paragraphs(int number, List<PdfGlyph> glyphs)
    {
        var lines = LineBuilder.Build(glyphs);
        var blocks = BlockGrouper.Group(lines);
        var ordered = ReadingOrderSorter.Sort(blocks, b => new Box(b.Left, b.Right, b.Top, b.Bottom));
        var paragraphs = new List<PdfParagraph>(ordered.Count);
        foreach (var block in ordered)
        {
            ParagraphSplitter.Split(block, number, paragraphs);
        }
        return paragraphs;
    }
}
