using System.Text;
using UglyToad.PdfPig.Content;

namespace TextPipe.Readers.Pdf;

/// <summary>What a page's text layer holds: its glyphs, and how many of its letters are unusable.</summary>
internal sealed record PageGlyphs(List<PdfGlyph> Glyphs, int Letters, int UnusableLetters);

/// <summary>
/// Turns a page's PdfPig letters into <see cref="PdfGlyph"/>s: horizontal text only, GBK-in-WinAnsi runs
/// re-decoded, and a count of letters whose text is unusable (control characters, private use, U+FFFD), which
/// is what a font without a Unicode mapping produces.
/// </summary>
internal static class GlyphExtractor
{
    private static readonly Encoding WinAnsi = CreateWinAnsi();

    public static PageGlyphs Extract(Page page)
    {
        var letters = page.Letters;
        var runs = Runs(letters);
        var unmappedFonts = UnmappedFonts(letters);
        RawCodeIndex? codes = null;

        // Pass 1: long runs prove the page carries GBK; pass 2 then also repairs short runs (a lone "１").
        var repaired = new List<PdfGlyph>?[runs.Count];
        var gbkFonts = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < runs.Count; r++)
        {
            var (start, end) = runs[r];
            repaired[r] = TryRepairGbk(page, letters, start, end, ref codes, proven: false);
            if (repaired[r] is not null)
            {
                gbkFonts.Add(letters[start].FontName ?? "");
            }
        }
        if (gbkFonts.Count > 0)
        {
            for (int r = 0; r < runs.Count; r++)
            {
                var (start, end) = runs[r];
                if (repaired[r] is null)
                {
                    repaired[r] = TryRepairGbk(page, letters, start, end, ref codes, proven: true);
                }
            }
        }

        var glyphs = new List<PdfGlyph>(letters.Count);
        int unusable = 0;
        for (int r = 0; r < runs.Count; r++)
        {
            if (repaired[r] is { } done)
            {
                glyphs.AddRange(done);
                continue;
            }
            var (start, end) = runs[r];
            for (int k = start; k < end; k++)
            {
                var letter = letters[k];
                string value = letter.Value;
                bool mappedFont = !unmappedFonts.Contains(letter.FontName ?? "");
                if (mappedFont && IsUnusable(value))
                {
                    value = TexLigatureSlots.TextFor(value) ?? value;
                }
                if (!mappedFont || IsUnusable(value))
                {
                    unusable++;
                    continue;
                }
                if (letter.TextOrientation == TextOrientation.Horizontal && value.Length > 0)
                {
                    glyphs.Add(ToGlyph(letter, value, letter.EndBaseLine.X));
                }
            }
        }
        return new PageGlyphs(glyphs, letters.Count, unusable);
    }

    /// <summary>Consecutive letters of one font on one baseline: the unit GBK repair works on.</summary>
    private static List<(int Start, int End)> Runs(IReadOnlyList<Letter> letters)
    {
        var runs = new List<(int, int)>();
        int i = 0;
        while (i < letters.Count)
        {
            int end = i + 1;
            while (end < letters.Count && SameRun(letters[i], letters[end]))
            {
                end++;
            }
            runs.Add((i, end));
            i = end;
        }
        return runs;
    }

    /// <summary>
    /// Fonts without a Unicode mapping, for which PdfPig fell back to the raw code: every letter of theirs is a
    /// glyph number, even those that happen to land on ASCII.
    /// </summary>
    private static HashSet<string> UnmappedFonts(IReadOnlyList<Letter> letters)
    {
        var counts = new Dictionary<string, (int Letters, int Unusable, bool StartsAtOne)>(StringComparer.Ordinal);
        foreach (var letter in letters)
        {
            string font = letter.FontName ?? "";
            bool first = !counts.TryGetValue(font, out var count);
            bool unusable = IsUnusable(letter.Value);
            counts[font] = (count.Letters + 1, count.Unusable + (unusable ? 1 : 0), first ? letter.Value == "\u0001" : count.StartsAtOne);
        }
        // Subset fonts number their glyphs 1, 2, 3... in order of use; without a map the first letter is U+0001.
        // Otherwise a tenth of control characters is needed: one odd code (an unnamed ligature) is not enough.
        return counts.Where(c => c.Value.StartsAtOne || c.Value.Unusable >= 0.1 * c.Value.Letters)
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    private static bool SameRun(Letter first, Letter next) =>
        next.FontName == first.FontName && Math.Abs(next.StartBaseLine.Y - first.StartBaseLine.Y) < 0.01 &&
        next.TextOrientation == TextOrientation.Horizontal && first.TextOrientation == TextOrientation.Horizontal;

    private static List<PdfGlyph>? TryRepairGbk(Page page, IReadOnlyList<Letter> letters, int start, int end, ref RawCodeIndex? codes, bool proven)
    {
        if (end - start < (proven ? 2 : 4))
        {
            return null;
        }
        var text = new StringBuilder(end - start);
        for (int k = start; k < end; k++)
        {
            text.Append(letters[k].Value);
        }
        if (!GbkRedecoder.LooksLikeLatin1Garbage(text.ToString(), proven ? 2 : 4))
        {
            return null;
        }
        codes ??= RawCodeIndex.Build(page);
        var bytes = new byte[end - start];
        for (int k = start; k < end; k++)
        {
            int? code = RawCode(letters, k, codes) ?? FromWinAnsi(letters[k].Value);
            if (code is null)
            {
                return null;
            }
            bytes[k - start] = (byte)code.Value;
        }
        var decoded = proven ? GbkRedecoder.TryDecode(bytes, minHighBytes: 2, minCjk: 0) : GbkRedecoder.TryDecode(bytes);
        if (decoded is null)
        {
            return null;
        }
        var glyphs = new List<PdfGlyph>(decoded.Count);
        foreach (var (value, offset, length) in decoded)
        {
            var first = letters[start + offset];
            var last = letters[start + offset + length - 1];
            glyphs.Add(ToGlyph(first, value, last.EndBaseLine.X));
        }
        return glyphs;
    }

    /// <summary>The letter's byte in its text operation, when the operation has exactly one byte per letter.</summary>
    private static int? RawCode(IReadOnlyList<Letter> letters, int index, RawCodeIndex codes)
    {
        int sequence = letters[index].TextSequence;
        var bytes = codes.Get(sequence);
        if (bytes is null)
        {
            return null;
        }
        int first = index;
        while (first > 0 && letters[first - 1].TextSequence == sequence)
        {
            first--;
        }
        int last = index;
        while (last + 1 < letters.Count && letters[last + 1].TextSequence == sequence)
        {
            last++;
        }
        return last - first + 1 == bytes.Length ? bytes[index - first] : null;
    }

    private static int? FromWinAnsi(string value)
    {
        if (value.Length != 1)
        {
            return null;
        }
        Span<byte> one = stackalloc byte[2];
        try
        {
            return WinAnsi.GetBytes(value.AsSpan(), one) == 1 ? one[0] : null;
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
    }

    private static PdfGlyph ToGlyph(Letter letter, string text, double right)
    {
        double size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
        double left = letter.StartBaseLine.X;
        return new PdfGlyph(text, left, Math.Max(right, left), letter.StartBaseLine.Y, size);
    }

    private static bool IsUnusable(string value)
    {
        foreach (char c in value)
        {
            if (c < 0x20 || c == '\uFFFD' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.PrivateUse)
            {
                return true;
            }
        }
        return false;
    }

    private static Encoding CreateWinAnsi()
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)
            ?? throw new InvalidOperationException("Windows-1252 is not available");
        return Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
