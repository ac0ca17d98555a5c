namespace TextPipe.Readers.Pdf;

/// <summary>
/// Puts OCR results in place of glyphs without a Unicode mapping (<see cref="UnmappedGlyph"/>). A lone ASCII
/// character read from a glyph whose advance is nearly a full em becomes its full-width form ("!" from an em-wide
/// glyph is "！"): Tesseract reads the shape, the advance tells the width class.
/// </summary>
internal static class UnmappedGlyphText
{
    /// <summary>An advance of at least this share of the font size is a full-width glyph.</summary>
    private const double FullWidthShare = 0.8;

    /// <summary>
    /// The page's glyphs with each recognised glyph inserted where it was drawn; glyphs with an empty text are left
    /// out. Returns how many of <paramref name="unmapped"/> stayed unrecognised.
    /// </summary>
    public static int Merge(List<PdfGlyph> glyphs, IReadOnlyList<UnmappedGlyph> unmapped, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(glyphs);
        ArgumentNullException.ThrowIfNull(unmapped);
        ArgumentNullException.ThrowIfNull(texts);
        int missed = 0;
        // From the last so that the earlier indices stay valid.
        for (int i = unmapped.Count - 1; i >= 0; i--)
        {
            string text = i < texts.Count ? Normalize(texts[i], unmapped[i].Position) : "";
            if (text.Length == 0)
            {
                missed++;
                continue;
            }
            glyphs.Insert(Math.Min(unmapped[i].Index, glyphs.Count), unmapped[i].Position with { Text = text });
        }
        return missed;
    }

    /// <summary>The recognised text without whitespace, full-width when one ASCII character fills an em.</summary>
    public static string Normalize(string recognised, PdfGlyph position)
    {
        ArgumentNullException.ThrowIfNull(recognised);
        string text = string.Concat(recognised.Where(c => !char.IsWhiteSpace(c)));
        if (text.Length == 1 && text[0] is > ' ' and <= '~' && position.Right - position.Left >= FullWidthShare * position.Size)
        {
            return ((char)(text[0] - '!' + '\uFF01')).ToString();
        }
        return text;
    }
}
