namespace TextPipe.Readers.Pdf;

/// <summary>One paragraph of a page: its lines top to bottom, its box and its (average) type size.</summary>
internal sealed record PdfParagraph(IReadOnlyList<PdfLine> Lines, int Page)
{
    public double Left => Lines.Min(l => l.Left);

    public double Right => Lines.Max(l => l.Right);

    public double Top => Lines[0].Top;

    public double Bottom => Lines[^1].Bottom;

    public double Size => Lines.Average(l => l.Size);

    /// <summary>The lines joined by <c>\n</c>: line ends, and end-of-line hyphens, are left for the line-wrap rule to judge.</summary>
    public string Text => string.Join('\n', Lines.Select(l => l.Text));
}
