namespace TextPipe.Readers.Pdf;

/// <summary>
/// Groups lines, top to bottom, into blocks of one column: a line joins the block whose last line sits just
/// above it (within a line pitch), at a similar size, and overlaps it horizontally by at least half the narrower
/// of the two. Lines of neighbouring columns never overlap, so columns never merge; a wider gap (paragraph
/// spacing, a heading) or a change of size starts a new block.
/// </summary>
internal static class BlockGrouper
{
    /// <summary>Largest baseline distance, in sizes, still read as the next line of the same block.</summary>
    private const double MaxPitchEm = 2.1;

    /// <summary>Once a block's pitch is known, a gap this much wider is paragraph spacing.</summary>
    private const double PitchSlack = 1.25;

    private const double MaxSizeRatio = 1.2;

    public static List<PdfTextBlock> Group(List<PdfLine> lines)
    {
        var ordered = lines.ToArray();
        Array.Sort(ordered, static (a, b) => b.Baseline != a.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var blocks = new List<PdfTextBlock>();
        var open = new List<PdfTextBlock>();
        foreach (var line in ordered)
        {
            PdfTextBlock? best = null;
            double bestPitch = double.MaxValue;
            for (int k = open.Count - 1; k >= 0; k--)
            {
                var block = open[k];
                double pitch = block.Last.Baseline - line.Baseline;
                if (pitch > 3 * MaxPitchEm * Math.Max(line.Size, block.Last.Size))
                {
                    open.RemoveAt(k); // far above: nothing further down can join it
                    continue;
                }
                if (Fits(block, line, pitch) && pitch < bestPitch)
                {
                    best = block;
                    bestPitch = pitch;
                }
            }
            if (best is null)
            {
                best = new PdfTextBlock(line);
                blocks.Add(best);
                open.Add(best);
            }
            else
            {
                best.Add(line);
            }
        }
        return blocks;
    }

    private static bool Fits(PdfTextBlock block, PdfLine line, double pitch)
    {
        var last = block.Last;
        double size = Math.Max(line.Size, last.Size);
        if (pitch < 0.5 * size || pitch > MaxPitchEm * size)
        {
            return false;
        }
        if (block.Pitch is { } established && pitch > established * PitchSlack + 0.5)
        {
            return false;
        }
        if (size / Math.Min(line.Size, last.Size) > MaxSizeRatio)
        {
            return false;
        }
        double overlap = Math.Min(block.Right, line.Right) - Math.Max(block.Left, line.Left);
        double narrower = Math.Min(block.Right - block.Left, line.Width);
        return overlap > 0 && overlap >= 0.5 * narrower;
    }
}
