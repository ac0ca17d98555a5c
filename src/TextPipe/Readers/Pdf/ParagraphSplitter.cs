namespace TextPipe.Readers.Pdf;

/// <summary>
/// Splits a block (lines of one column at a steady pitch) into paragraphs. A new paragraph starts at a line
/// indented from the block's usual left edge, or after a line that stops short of the right edge by more than the
/// next line's first word would have needed: a wrapping layout would have put that word on the line above, so the
/// author broke the line; in a justified block, so does any line stopping short. A line ending in a hyphen always wraps.
/// </summary>
internal static class ParagraphSplitter
{
    /// <summary>An indent of at least this many sizes marks a first line.</summary>
    private const double IndentEm = 0.8;

    private const double MaxIndentEm = 4;

    public static void Split(PdfTextBlock block, int page, List<PdfParagraph> output)
    {
        var lines = block.Lines;
        double usualLeft = UsualLeft(lines);
        double right = block.Right;
        bool justified = IsJustified(lines, right);
        int start = 0;
        for (int i = 1; i < lines.Count; i++)
        {
            var previous = lines[i - 1];
            var line = lines[i];
            // A first-line indent is an em or a few; a line starting further in is centred (a wrapped title).
            double indent = line.Left - usualLeft;
            bool indented = indent >= IndentEm * line.Size && indent <= MaxIndentEm * line.Size && previous.Left - usualLeft < IndentEm * line.Size;
            double free = right - previous.Right;
            bool shortAbove = (free > line.FirstWordWidth + 0.6 * line.Size || (justified && free > line.Size)) && !previous.Text.EndsWith('-');
            if (indented || shortAbove)
            {
                output.Add(new PdfParagraph(lines.GetRange(start, i - start), page));
                start = i;
            }
        }
        output.Add(new PdfParagraph(lines.GetRange(start, lines.Count - start), page));
    }

    /// <summary>
    /// Whether the block is set justified: most of its lines end at its right edge. Then any line stopping a size
    /// short of it ends a paragraph, even when the next word would not have fitted.
    /// </summary>
    private static bool IsJustified(List<PdfLine> lines, double right)
    {
        if (lines.Count < 4)
        {
            return false;
        }
        int flush = lines.Count(l => right - l.Right < 1.0);
        return flush >= 0.6 * lines.Count;
    }

    /// <summary>The block's left edge: where wrapped lines start (first lines may be indented from it).</summary>
    private static double UsualLeft(List<PdfLine> lines) => lines.Min(l => l.Left);
}
