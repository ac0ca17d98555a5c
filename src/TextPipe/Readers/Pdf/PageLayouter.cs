using UglyToad.PdfPig.Content;

namespace TextPipe.Readers.Pdf;

/// <summary>One page's glyphs to paragraphs in reading order: lines, column blocks, order, paragraph splits.</summary>
internal static class PageLayouter
{
    public static PdfPageLayout Layout(Page page, int number, List<PdfGlyph> glyphs)
    {
        var lines = LineBuilder.Build(glyphs);
        var blocks = BlockGrouper.Group(lines);
        var ordered = ReadingOrderSorter.Sort(blocks, b => new Box(b.Left, b.Right, b.Top, b.Bottom));
        var paragraphs = new List<PdfParagraph>(ordered.Count);
        foreach (var block in ordered)
        {
            ParagraphSplitter.Split(block, number, paragraphs);
        }
        var bounds = page.CropBox.Bounds;
        return new PdfPageLayout(number, bounds.Bottom, bounds.Top, paragraphs);
    }
}
