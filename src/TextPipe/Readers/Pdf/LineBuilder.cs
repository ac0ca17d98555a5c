using System.Text;
using TextPipe.Text;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Builds <see cref="PdfLine"/>s from glyphs by geometry alone, whatever order the content stream drew them in
/// (columns interleaved line by line come apart here). Glyphs sharing a baseline are sorted left to right and cut
/// where a gap is both wide (over <see cref="ColumnGapEm"/>) and far wider than the line's usual gaps, so a
/// letter-spaced headline stays whole while a gutter splits. Word spaces come from space glyphs or from gaps;
/// between two Chinese or Japanese characters there is never a space (PDF producers letter-space CJK headlines with
/// gaps or space glyphs, and Chinese has no spaces between words); Korean, which spaces its words, keeps them.
/// </summary>
internal static class LineBuilder
{
    /// <summary>Baselines closer than this share a line (in sizes): jitter, not superscripts of a new line.</summary>
    private const double BaselineTolerance = 0.3;

    /// <summary>A gap wider than this many sizes may be a gutter between columns.</summary>
    private const double ColumnGapEm = 1.1;

    /// <summary>Between Latin letters, a gap over this many sizes is a word space (kerning stays below ~0.1).</summary>
    private const double WordGapEm = 0.15;

    /// <summary>Between CJK characters, a gap this many sizes over the line's usual gap is a real space.</summary>
    private const double CjkSpaceEm = 0.25;

    public static List<PdfLine> Build(List<PdfGlyph> glyphs)
    {
        var lines = new List<PdfLine>();
        if (glyphs.Count == 0)
        {
            return lines;
        }
        var sorted = glyphs.ToArray();
        Array.Sort(sorted, static (a, b) => b.Baseline != a.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var rows = new List<(int Start, int Length)>();
        int start = 0;
        while (start < sorted.Length)
        {
            double baseline = sorted[start].Baseline;
            double tolerance = BaselineTolerance * sorted[start].Size;
            int end = start + 1;
            while (end < sorted.Length && baseline - sorted[end].Baseline <= tolerance)
            {
                end++;
            }
            sorted.AsSpan(start, end - start).Sort(static (a, b) => a.Left.CompareTo(b.Left));
            rows.Add((start, end - start));
            start = end;
        }
        for (int r = 0; r < rows.Count; r++)
        {
            SplitRow(sorted, rows, r, lines);
        }
        return lines;
    }

    /// <summary>Cuts one baseline's glyphs at column gaps and turns each piece into a line.</summary>
    private static void SplitRow(PdfGlyph[] sorted, List<(int Start, int Length)> rows, int r, List<PdfLine> lines)
    {
        var row = sorted.AsSpan(rows[r].Start, rows[r].Length);
        double typicalGap = TypicalGap(row);
        int pieceStart = FirstInk(row, 0);
        if (pieceStart < 0)
        {
            return;
        }
        int previous = pieceStart;
        for (int k = pieceStart + 1; k < row.Length; k++)
        {
            if (row[k].IsSpace)
            {
                continue;
            }
            double gap = row[k].Left - row[previous].Right;
            double size = Math.Max(row[k].Size, row[previous].Size);
            if (gap > ColumnGapEm * size && IsGutter(sorted, rows, r, row[previous].Right, row[k].Left, size, StandsOut(row, previous, k, gap)))
            {
                lines.Add(MakeLine(row[pieceStart..(previous + 1)], typicalGap));
                pieceStart = k;
            }
            previous = k;
        }
        lines.Add(MakeLine(row[pieceStart..(previous + 1)], typicalGap));
    }

    /// <summary>Rows above and below consulted to tell a gutter from a wide word space.</summary>
    private const int NeighbourRows = 4;

    /// <summary>
    /// Whether the gap between <paramref name="left"/> and <paramref name="right"/> is a gutter between columns,
    /// judged by the neighbouring rows. A row with text on both sides of a clear stretch inside the gap, wider than
    /// any word space, supports a gutter (its own columns part there, wherever a short line or an indent puts the
    /// edges); a row whose text runs through the gap (the lines above and below a wide justified word space) speaks
    /// against it. A row with text on one side only, ending (or starting) at the gap's edge, is half a vote for it;
    /// when the rows say too little,
    /// <paramref name="fallback"/> (the gap is far wider than the row's other word gaps) decides.
    /// </summary>
    private static bool IsGutter(PdfGlyph[] sorted, List<(int Start, int Length)> rows, int r, double left, double right, double size, bool fallback)
    {
        // Wider than a word space; narrower than a gutter less the blank half of full-width punctuation hanging in it.
        double clear = 0.7 * ColumnGapEm * size;
        double support = 0;
        int block = 0;
        for (int n = Math.Max(0, r - NeighbourRows); n <= Math.Min(rows.Count - 1, r + NeighbourRows); n++)
        {
            if (n == r)
            {
                continue;
            }
            var row = sorted.AsSpan(rows[n].Start, rows[n].Length);
            double cursor = left;
            double bestStart = left;
            double bestWidth = -1;
            double firstInk = double.MaxValue;
            double lastInk = double.MinValue;
            foreach (var glyph in row)
            {
                if (glyph.IsSpace)
                {
                    continue;
                }
                firstInk = Math.Min(firstInk, glyph.Left);
                lastInk = Math.Max(lastInk, glyph.Right);
                if (glyph.Right <= left || glyph.Left >= right)
                {
                    continue;
                }
                if (glyph.Left - cursor > bestWidth)
                {
                    bestWidth = glyph.Left - cursor;
                    bestStart = cursor;
                }
                cursor = Math.Max(cursor, glyph.Right);
            }
            if (right - cursor > bestWidth)
            {
                bestWidth = right - cursor;
                bestStart = cursor;
            }
            if (bestWidth < clear)
            {
                block++;
            }
            else if (firstInk < bestStart && lastInk > bestStart + bestWidth)
            {
                support += 1;
            }
            else if ((lastInk <= bestStart + 0.5 && lastInk >= left - size) || (firstInk >= bestStart + bestWidth - 0.5 && firstInk <= right + size))
            {
                // A row of one column only, whose edge lines up with this gap's: half a vote for a gutter.
                support += 0.5;
            }
        }
        if (block > support)
        {
            return false;
        }
        return support >= 2 || fallback;
    }

    /// <summary>
    /// Whether the gap between glyphs <paramref name="before"/> and <paramref name="after"/> is far wider than the
    /// row's other word gaps: a justified line stretches all its word spaces alike, a gutter is something else.
    /// </summary>
    private static bool StandsOut(ReadOnlySpan<PdfGlyph> row, int before, int after, double gap)
    {
        var others = new List<double>();
        int previous = -1;
        for (int k = 0; k < row.Length; k++)
        {
            if (row[k].IsSpace)
            {
                continue;
            }
            if (previous >= 0 && k != after)
            {
                double other = row[k].Left - row[previous].Right;
                if (other > WordGapEm * row[k].Size)
                {
                    others.Add(other);
                }
            }
            previous = k;
        }
        if (others.Count == 0)
        {
            return true;
        }
        others.Sort();
        return gap > 1.6 * others[others.Count / 2];
    }

    /// <summary>The median gap between consecutive ink glyphs of a row.</summary>
    private static double TypicalGap(ReadOnlySpan<PdfGlyph> row)
    {
        Span<double> gaps = row.Length <= 256 ? stackalloc double[row.Length] : new double[row.Length];
        int count = 0;
        int previous = -1;
        for (int k = 0; k < row.Length; k++)
        {
            if (row[k].IsSpace)
            {
                continue;
            }
            if (previous >= 0)
            {
                gaps[count++] = Math.Max(0, row[k].Left - row[previous].Right);
            }
            previous = k;
        }
        if (count == 0)
        {
            return 0;
        }
        var used = gaps[..count];
        used.Sort();
        return used[count / 2];
    }

    private static int FirstInk(ReadOnlySpan<PdfGlyph> row, int from)
    {
        for (int k = from; k < row.Length; k++)
        {
            if (!row[k].IsSpace)
            {
                return k;
            }
        }
        return -1;
    }

    private static PdfLine MakeLine(ReadOnlySpan<PdfGlyph> piece, double typicalGap)
    {
        var text = new StringBuilder(piece.Length + 8);
        double sizeSum = 0;
        int inked = 0;
        double firstWordRight = double.NaN;
        bool spacePending = false;
        PdfGlyph? previous = null;
        foreach (var glyph in piece)
        {
            if (glyph.IsSpace)
            {
                spacePending = previous is not null;
                continue;
            }
            if (previous is { } last)
            {
                double gap = glyph.Left - last.Right;
                // Between CJK characters only a gap clearly wider than the line's letter spacing is a space
                // ("本报记者 陈静"); an evenly letter-spaced headline joins up. Korean writes spaces between
                // words, so Hangul is judged like Latin text.
                bool cjkJoin = WritesWithoutSpaces(last.Text[^1]) && WritesWithoutSpaces(glyph.Text[0]) &&
                    gap < typicalGap + CjkSpaceEm * Math.Max(glyph.Size, last.Size);
                bool space = !cjkJoin && (spacePending || gap > WordGapEm * Math.Max(glyph.Size, last.Size));
                // A space glyph drawn on top of the next letter (overlapping advance) is no word gap.
                if (space && spacePending && gap < -0.3 * glyph.Size)
                {
                    space = false;
                }
                if (space)
                {
                    text.Append(' ');
                    if (double.IsNaN(firstWordRight))
                    {
                        firstWordRight = last.Right;
                    }
                }
                else if (double.IsNaN(firstWordRight) && (Scripts.IsCjk(last.Text[^1]) || Scripts.IsCjk(glyph.Text[0])))
                {
                    firstWordRight = last.Right;
                }
            }
            text.Append(glyph.Text);
            sizeSum += glyph.Size;
            inked++;
            spacePending = false;
            previous = glyph;
        }
        double left = piece[0].Left;
        double right = piece[^1].Right;
        double firstWord = (double.IsNaN(firstWordRight) ? right : firstWordRight) - left;
        return new PdfLine(SharedGlyphCodePoints.Resolve(text.ToString()), left, right, piece[0].Baseline, sizeSum / Math.Max(1, inked), firstWord);
    }

    /// <summary>Han, kana and CJK punctuation: scripts whose words are not separated by spaces (Hangul's are).</summary>
    private static bool WritesWithoutSpaces(char c) => Scripts.IsCjk(c) && !Scripts.IsHangul(c);
}
