using TextPipe.Text;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Picks the right code point for glyphs that fonts share between several: a CJK font draws the Chinese
/// interpunct U+00B7 and the katakana middle dot U+30FB with one glyph, and its ToUnicode map can only name one of
/// them (Noto CJK names the katakana one). Between two Han characters, with no kana near, it is the interpunct
/// ("乡村振兴·科技赋能"). Decoding, not cleaning: the glyph on the page is the same either way.
/// </summary>
internal static class SharedGlyphCodePoints
{
    private const char KatakanaMiddleDot = '\u30FB';
    private const char Interpunct = '\u00B7';

    public static string Resolve(string line)
    {
        int at = line.IndexOf(KatakanaMiddleDot, StringComparison.Ordinal);
        if (at < 0)
        {
            return line;
        }
        var chars = line.ToCharArray();
        for (int i = at; i < chars.Length; i++)
        {
            if (chars[i] == KatakanaMiddleDot && i > 0 && i + 1 < chars.Length &&
                Scripts.IsHan(chars[i - 1]) && Scripts.IsHan(chars[i + 1]) && !HasKana(line))
            {
                chars[i] = Interpunct;
            }
        }
        return new string(chars);
    }

    private static bool HasKana(string line)
    {
        foreach (char c in line)
        {
            if (c != KatakanaMiddleDot && Scripts.IsKana(c))
            {
                return true;
            }
        }
        return false;
    }
}
