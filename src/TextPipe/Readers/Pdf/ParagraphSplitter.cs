namespace TextPipe.Readers.Pdf;

/// <summary>
/// Splits a block (lines of one column at a steady pitch) into paragraphs. A new paragraph starts at a line
/// indented from the block's usual left edge, or after a line that stops short of the right edge by more than the
/// next line's first word would have needed: a wrapping layout would have put that word on the line above, so the
/// author broke the line. A line ending in a hyphen always wraps.
/// </summary>
internal static class ParagraphSplitter
{
    /// <summary>An indent of at least this many sizes marks a first line.</summary>
    private const double IndentEm = 0.8;

    public static void Split(PdfTextBlock block, int page, List<PdfParagraph> output)
    {
        var lines = block.Lines;
        double usualLeft = UsualLeft(lines);
        double right = block.Right;
        int start = 0;
        for (int i = 1; i < lines.Count; i++)
        {
            var previous = lines[i - 1];
            var line = lines[i];
            bool indented = line.Left - usualLeft >= IndentEm * line.Size && previous.Left - usualLeft < IndentEm * line.Size;
            bool shortAbove = right - previous.Right > line.FirstWordWidth + 0.6 * line.Size && !previous.Text.EndsWith('-');
            if (indented || shortAbove)
            {
                output.Add(new PdfParagraph(lines.GetRange(start, i - start), page));
                start = i;
            }
        }
        output.Add(new PdfParagraph(lines.GetRange(start, lines.Count - start), page));
    }

    /// <summary>The block's left edge: where wrapped lines start (first lines may be indented from it).</summary>
    private static double UsualLeft(List<PdfLine> lines) => lines.Min(l => l.Left);
}
