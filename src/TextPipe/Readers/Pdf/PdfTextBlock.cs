namespace TextPipe.Readers.Pdf;

/// <summary>Lines of one column that follow each other at a steady pitch: a paragraph or a run of paragraphs.</summary>
internal sealed class PdfTextBlock
{
    public PdfTextBlock(PdfLine first)
    {
        Lines.Add(first);
        Left = first.Left;
        Right = first.Right;
        Top = first.Top;
        Bottom = first.Bottom;
    }

    public List<PdfLine> Lines { get; } = [];

    public double Left { get; private set; }

    public double Right { get; private set; }

    public double Top { get; private set; }

    public double Bottom { get; private set; }

    public PdfLine Last => Lines[^1];

    /// <summary>Baseline distance between the first two lines, once there are two.</summary>
    public double? Pitch => Lines.Count >= 2 ? Lines[0].Baseline - Lines[1].Baseline : null;

    public void Add(PdfLine line)
    {
        Lines.Add(line);
        Left = Math.Min(Left, line.Left);
        Right = Math.Max(Right, line.Right);
        Top = Math.Max(Top, line.Top);
        Bottom = Math.Min(Bottom, line.Bottom);
    }
}
