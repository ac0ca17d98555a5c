using TextPipe.Text;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Vertical (tategaki) CJK text: glyphs stacked in columns, read top to bottom, columns right to left. Read row by
/// row it is word salad. A glyph is in a column when a CJK glyph sits right above or below it (about one em apart,
/// same centre) and none right beside it on its baseline: horizontal Chinese set on a grid also has glyphs above
/// and below, but always a neighbour at its side. A page is vertical when most of its CJK glyphs are in columns.
/// Column glyphs are then turned a quarter (<see cref="Turn"/>) so the horizontal layout reads each column as a
/// line: the rightmost first, and a lower tier (段) after the tier above it, as a gutter parts columns.
/// </summary>
internal static class VerticalText
{
    /// <summary>Fewest column glyphs that make a vertical page: a short stacked label is not one.</summary>
    private const int MinColumnGlyphs = 8;

    /// <summary>Share of the page's CJK glyphs that must be in columns.</summary>
    private const double MinShare = 0.6;

    /// <summary>Pitch between stacked glyphs, in sizes: one em, give or take letter spacing.</summary>
    private const double MinPitch = 0.8;

    private const double MaxPitch = 1.35;

    /// <summary>Centres closer than this (in sizes) are one column.</summary>
    private const double CentreTolerance = 0.25;

    /// <summary>A glyph starting within this gap (in sizes) after another on its baseline is its side neighbour.</summary>
    private const double SideGap = 0.3;

    /// <summary>
    /// The page's glyphs parted into column glyphs and the rest (horizontal headings, Latin, numbers set across),
    /// or null when the page is not vertical.
    /// </summary>
    public static (List<PdfGlyph> Columns, List<PdfGlyph> Others)? Split(List<PdfGlyph> glyphs)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        var cjk = new List<int>();
        for (int i = 0; i < glyphs.Count; i++)
        {
            if (IsCjkGlyph(glyphs[i]))
            {
                cjk.Add(i);
            }
        }
        if (cjk.Count < MinColumnGlyphs)
        {
            return null;
        }
        // Sorted by centre, the candidates for "same column" and "same line" are near each other.
        var byCentre = cjk.OrderBy(i => Centre(glyphs[i])).ToArray();
        // Sorted by baseline, a glyph's side neighbours are next to it: no page-wide search per glyph.
        var byBaseline = Enumerable.Range(0, glyphs.Count).Where(i => !glyphs[i].IsSpace)
            .OrderBy(i => glyphs[i].Baseline).ThenBy(i => glyphs[i].Left).ToArray();
        var rank = new int[glyphs.Count];
        for (int r = 0; r < byBaseline.Length; r++)
        {
            rank[byBaseline[r]] = r;
        }
        var inColumn = new HashSet<int>();
        foreach (int i in cjk)
        {
            if (HasStackedNeighbour(glyphs, byCentre, i) && !HasSideNeighbour(glyphs, byBaseline, rank[i]))
            {
                inColumn.Add(i);
            }
        }
        if (inColumn.Count < MinColumnGlyphs || inColumn.Count < MinShare * cjk.Count)
        {
            return null;
        }
        var columns = new List<PdfGlyph>();
        var rest = new List<PdfGlyph>();
        for (int i = 0; i < glyphs.Count; i++)
        {
            (inColumn.Contains(i) || IsInColumnGap(glyphs, i, inColumn) ? columns : rest).Add(glyphs[i]);
        }
        return (columns, rest);
    }

    /// <summary>
    /// A column glyph in turned coordinates: its column's centre becomes the baseline (the rightmost column comes
    /// first, as the top line does), its distance down the page the position along the line.
    /// </summary>
    public static PdfGlyph Turn(PdfGlyph glyph)
    {
        double top = glyph.Baseline + (0.75 * glyph.Size);
        double along = -top;
        return new PdfGlyph(glyph.Text, along, along + glyph.Size, Centre(glyph), glyph.Size);
    }

    /// <summary>
    /// A CJK letter or a punctuation mark of CJK text alone. The dashes, ellipsis, middle dot and curly quotes that
    /// Latin text shares are left out: a French list's "—" bullets stand stacked at the margin like a column.
    /// </summary>
    private static bool IsCjkGlyph(PdfGlyph glyph) =>
        glyph.Text.Length == 1 && !glyph.IsSpace && Scripts.IsCjk(glyph.Text[0])
        && !Scripts.IsMarkSharedWithLatin(glyph.Text[0]);

    /// <summary>The glyph's horizontal centre; a glyph without advance (vertical fonts advance downwards) is an em wide.</summary>
    private static double Centre(PdfGlyph glyph) => glyph.Left + (Width(glyph) / 2);

    private static double Width(PdfGlyph glyph) => glyph.Right - glyph.Left > 0.3 * glyph.Size ? glyph.Right - glyph.Left : glyph.Size;

    private static bool HasStackedNeighbour(List<PdfGlyph> glyphs, int[] byCentre, int i)
    {
        var glyph = glyphs[i];
        double centre = Centre(glyph);
        double tolerance = CentreTolerance * glyph.Size;
        int k = LowerBound(glyphs, byCentre, centre - tolerance);
        for (; k < byCentre.Length && Centre(glyphs[byCentre[k]]) <= centre + tolerance; k++)
        {
            if (byCentre[k] == i)
            {
                continue;
            }
            double pitch = Math.Abs(glyph.Baseline - glyphs[byCentre[k]].Baseline) / glyph.Size;
            if (pitch is >= MinPitch and <= MaxPitch)
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasSideNeighbour(List<PdfGlyph> glyphs, int[] byBaseline, int at)
    {
        var glyph = glyphs[byBaseline[at]];
        double tolerance = 0.2 * glyph.Size;
        for (int step = -1; step <= 1; step += 2)
        {
            for (int r = at + step; r >= 0 && r < byBaseline.Length; r += step)
            {
                var other = glyphs[byBaseline[r]];
                if (Math.Abs(other.Baseline - glyph.Baseline) > tolerance)
                {
                    break;
                }
                if (IsBeside(glyph, other))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="other"/> starts or ends within a small gap of <paramref name="glyph"/> on its line.</summary>
    private static bool IsBeside(PdfGlyph glyph, PdfGlyph other)
    {
        if (other.Left == glyph.Left)
        {
            return false;
        }
        double after = other.Left - (glyph.Left + Width(glyph));
        double before = glyph.Left - (other.Left + Width(other));
        double limit = SideGap * glyph.Size;
        return (after >= -0.1 && after <= limit) || (before >= -0.1 && before <= limit);
    }

    /// <summary>A non-CJK glyph (a digit, a Latin letter set upright) between column glyphs above and below it.</summary>
    private static bool IsInColumnGap(List<PdfGlyph> glyphs, int i, HashSet<int> inColumn)
    {
        if (inColumn.Contains(i))
        {
            return true;
        }
        var glyph = glyphs[i];
        bool above = false;
        bool below = false;
        foreach (int k in inColumn)
        {
            var other = glyphs[k];
            if (Math.Abs(Centre(other) - Centre(glyph)) > 0.5 * other.Size)
            {
                continue;
            }
            double dy = other.Baseline - glyph.Baseline;
            above |= dy > 0 && dy <= MaxPitch * other.Size;
            below |= dy < 0 && -dy <= MaxPitch * other.Size;
        }
        return above && below;
    }

    private static int LowerBound(List<PdfGlyph> glyphs, int[] byCentre, double value)
    {
        int lo = 0;
        int hi = byCentre.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (Centre(glyphs[byCentre[mid]]) < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
