using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.PdfFonts;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// What a page's text layer holds: its glyphs, how many of its letters are unusable, and which of those are Type 3
/// glyphs without a Unicode mapping (counted in <see cref="UnusableLetters"/>, left out of <see cref="Glyphs"/>).
/// </summary>
internal sealed record PageGlyphs(List<PdfGlyph> Glyphs, int Letters, int UnusableLetters)
{
    public List<UnmappedGlyph> Unmapped { get; init; } = [];
}

/// <summary>
/// A glyph whose font gives no Unicode for its code: where it goes (<see cref="Position"/>, its text still to be
/// found) and its ink box for OCR. <see cref="Index"/> is where it belongs in <see cref="PageGlyphs.Glyphs"/>.
/// </summary>
internal sealed record UnmappedGlyph(int Index, PdfGlyph Position, PdfBox Ink);

/// <summary>
/// Turns a page's PdfPig letters into <see cref="PdfGlyph"/>s: horizontal text only, GBK-in-WinAnsi runs
/// re-decoded, and a count of letters whose text is unusable (control characters, private use, U+FFFD), which
/// is what a font without a Unicode mapping produces. A Type 3 glyph whose code has no Unicode (no ToUnicode entry,
/// no standard glyph name) is set apart as an <see cref="UnmappedGlyph"/>: PdfPig falls back to the code as a
/// character ("A" for code 65), which for a font of drawn procedures means nothing.
/// </summary>
internal static class GlyphExtractor
{
    private static readonly Encoding WinAnsi = CreateWinAnsi();

    public static PageGlyphs Extract(Page page)
    {
        var letters = page.Letters;
        var runs = Runs(letters);
        var unmappedFonts = UnmappedFonts(letters);
        var guessedType3 = GuessedType3Fonts(letters);
        RawCodeIndex? codes = null;

        // Pass 1: long runs prove the page carries GBK; pass 2 then also repairs short runs (a lone "１").
        var repaired = new List<PdfGlyph>?[runs.Count];
        var gbkFonts = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < runs.Count; r++)
        {
            var (start, end) = runs[r];
            if (letters[start].GetFont() is IType3Font)
            {
                continue; // drawn glyphs, not bytes of a system font: nothing to re-decode
            }
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
                if (repaired[r] is null && letters[start].GetFont() is not IType3Font)
                {
                    repaired[r] = TryRepairGbk(page, letters, start, end, ref codes, proven: true);
                }
            }
        }

        var glyphs = new List<PdfGlyph>(letters.Count);
        var unmapped = new List<UnmappedGlyph>();
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
                if (guessedType3 is not null && IsUnmappedType3(letters, k, guessedType3, page, ref codes))
                {
                    unusable++;
                    if (letter.TextOrientation == TextOrientation.Horizontal)
                    {
                        unmapped.Add(new UnmappedGlyph(glyphs.Count, ToGlyph(letter, "", letter.EndBaseLine.X), InkBox(letter)));
                    }
                    continue;
                }
                string value = TextOf(letter);
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
        return new PageGlyphs(glyphs, letters.Count, unusable) { Unmapped = unmapped };
    }

    /// <summary>
    /// A Type 3 letter whose code the font cannot map (PdfPig then gives the code itself as the character): the
    /// font is asked about the code the letter's text stands for, and where the raw bytes of its text operation
    /// are known, that code must be the byte drawn (a mapped code that merely yields the same text is not it).
    /// </summary>
    private static bool IsUnmappedType3(IReadOnlyList<Letter> letters, int index, HashSet<IType3Font> guessed, Page page, ref RawCodeIndex? codes)
    {
        var letter = letters[index];
        if (letter.GetFont() is not IType3Font font || !guessed.Contains(font) || FallbackCode(letter, font) is not { } code)
        {
            return false;
        }
        codes ??= RawCodeIndex.Build(page);
        int? raw = RawCode(letters, index, codes);
        return raw is null || raw == code;
    }

    /// <summary>
    /// Type 3 fonts on the page whose unmapped codes cannot be taken as text. Codes of a Type 3 font without
    /// names are often plain ASCII (TeX bitmap fonts named /a65 /a66...), and PdfPig's code-as-character fallback
    /// is then right; that is believed when the font spells words: at least three different ASCII letters or
    /// digits, two letters in a row somewhere. A font that draws one or two lone symbols proves nothing, and its
    /// glyphs need OCR. Null when the page has no Type 3 letters without a mapping.
    /// </summary>
    private static HashSet<IType3Font>? GuessedType3Fonts(IReadOnlyList<Letter> letters)
    {
        Dictionary<IType3Font, (HashSet<int> Codes, bool Word)>? fonts = null;
        for (int k = 0; k < letters.Count; k++)
        {
            if (letters[k].GetFont() is not IType3Font font || FallbackCode(letters[k], font) is not { } code)
            {
                continue;
            }
            fonts ??= new Dictionary<IType3Font, (HashSet<int>, bool)>();
            if (!fonts.TryGetValue(font, out var stats))
            {
                stats = ([], false);
            }
            if (char.IsAsciiLetterOrDigit((char)code))
            {
                stats.Codes.Add(code);
            }
            bool word = k > 0 && char.IsAsciiLetter((char)code) && letters[k - 1].GetFont() == font &&
                letters[k - 1].Value.Length == 1 && char.IsAsciiLetter(letters[k - 1].Value[0]) &&
                Math.Abs(letters[k - 1].StartBaseLine.Y - letters[k].StartBaseLine.Y) < 0.01;
            fonts[font] = (stats.Codes, stats.Word || word);
        }
        if (fonts is null)
        {
            return null;
        }
        var guessed = fonts.Where(f => f.Value.Codes.Count < 3 || !f.Value.Word).Select(f => f.Key).ToHashSet();
        return guessed.Count == 0 ? null : guessed;
    }

    /// <summary>The code PdfPig fell back to for a single-byte letter its font cannot map, or null if it is mapped.</summary>
    private static int? FallbackCode(Letter letter, IFont font)
    {
        if (letter.Value.Length != 1 || letter.Value[0] > 0xFF)
        {
            return null;
        }
        int code = letter.Value[0];
        return font.TryGetUnicode(code, out _) ? null : code;
    }

    /// <summary>The letter's ink box, or its advance box (a size tall) when PdfPig gives no usable one.</summary>
    private static PdfBox InkBox(Letter letter)
    {
        var box = letter.BoundingBox;
        if (box.Width > 0.1 && box.Height > 0.1 && Math.Abs(box.Rotation) < 0.01)
        {
            return new PdfBox(box.Left, box.Bottom, box.Right, box.Top);
        }
        double size = letter.PointSize > 0 ? letter.PointSize : 10;
        double left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
        double right = Math.Max(Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X), left + (0.5 * size));
        return new PdfBox(left, letter.StartBaseLine.Y - (0.25 * size), right, letter.StartBaseLine.Y + (0.75 * size));
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
            bool unusable = IsUnusable(TextOf(letter));
            counts[font] = (count.Letters + 1, count.Unusable + (unusable ? 1 : 0), first ? letter.Value == "\u0001" : count.StartsAtOne);
        }
        // Subset fonts number their glyphs 1, 2, 3... in order of use; without a map the first letter is U+0001.
        // Otherwise a tenth of control characters is needed: one odd code (an unnamed ligature) is not enough.
        return counts.Where(c => c.Value.StartsAtOne || c.Value.Unusable >= 0.1 * c.Value.Letters)
            .Select(c => c.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The letter's text, with a blank glyph the font cannot map read as a space. Producers often leave the space
    /// glyph out of a CID font's ToUnicode map; PdfPig then gives its code as a control character (U+0003), and in
    /// Korean, which spaces its words, those make a tenth of the letters: the whole font looked unmapped and the
    /// page came out empty. A glyph that draws nothing is a space whatever its code.
    /// </summary>
    private static string TextOf(Letter letter)
    {
        string value = letter.Value;
        if (value.Length != 1 || !IsUnusable(value) || letter.GetFont() is not { } font || font is IType3Font ||
            font.TryGetUnicode(value[0], out _))
        {
            return value;
        }
        return DrawsNothing(letter, font, value[0]) ? " " : value;
    }

    /// <summary>Whether the glyph of <paramref name="code"/> has no outline (its ink box is empty when no outline is known).</summary>
    private static bool DrawsNothing(Letter letter, IFont font, int code)
    {
        try
        {
            if (font.TryGetPath(code, out var path))
            {
                return path.All(subpath => subpath.Commands.Count <= 1);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException)
        {
            // A damaged font program tells nothing about the glyph; the ink box still may.
        }
        var ink = letter.BoundingBox;
        return ink.Width < 1e-3 || ink.Height < 1e-3;
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
