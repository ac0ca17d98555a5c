namespace TextPipe.Readers.Pdf;

/// <summary>
/// Decides whether a page has a text layer worth reading. A page whose letters are mostly control characters,
/// private-use code points or U+FFFD was drawn with fonts that carry no Unicode mapping (no ToUnicode, a Type 3
/// font without names, a CID font with an identity encoding): its text is glyph numbers, not words. A page with
/// images and no letters at all is a scan.
/// </summary>
internal static class TextLayerInspector
{
    /// <summary>Above this share of unusable letters the page's text is noise.</summary>
    private const double MaxUnusableShare = 0.3;

    /// <summary>Why the page needs OCR, or null when its text layer is usable (or it is simply blank).</summary>
    public static string? WhyUnreadable(PageGlyphs glyphs, int images)
    {
        if (glyphs.Letters == 0)
        {
            return images > 0 ? "no text layer (image only)" : null;
        }
        if (glyphs.UnusableLetters > MaxUnusableShare * glyphs.Letters)
        {
            return "no text layer (fonts without a Unicode mapping)";
        }
        return null;
    }
}
