using System.Globalization;

namespace TextPipe.Text;

/// <summary>
/// Character classes every stage asks about (is this Han? CJK punctuation?), answered from code point
/// ranges in one place so that cleanup, language detection and segmentation agree.
/// </summary>
public static class Scripts
{
    /// <summary>Han ideographs: CJK Unified (BMP and extensions A–I), compatibility ideographs, 〇.</summary>
    public static bool IsHan(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x323AF)
            or (>= 0xF900 and <= 0xFAFF) or 0x3007;

    public static bool IsHan(char c) => IsHan((int)c);

    public static bool IsKana(int c) => c is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F);

    public static bool IsHangul(int c) => c is (>= 0xAC00 and <= 0xD7AF) or (>= 0x1100 and <= 0x11FF) or (>= 0x3130 and <= 0x318F);

    /// <summary>Letters of the CJK scripts (Han, kana, Hangul): text written without spaces between words.</summary>
    public static bool IsCjkLetter(int c) => IsHan(c) || IsKana(c) || IsHangul(c);

    public static bool IsCjkLetter(char c) => IsCjkLetter((int)c);

    /// <summary>
    /// Punctuation used in CJK text: the CJK Symbols and Punctuation block (、。〈〉《》「」『』【】…), full-width
    /// forms of ASCII punctuation (，！？：；（）), and the curly quotes and ellipsis CJK text shares with Latin.
    /// </summary>
    public static bool IsCjkPunctuation(int c) =>
        c is (>= 0x3000 and <= 0x303F and not 0x3007) or 0xFF01 or 0xFF08 or 0xFF09 or 0xFF0C or 0xFF0E or 0xFF1A or 0xFF1B or 0xFF1F
            or 0xFF3B or 0xFF3D or 0xFF5B or 0xFF5D or 0xFF5E or 0x2014 or 0x2026 or 0x00B7 or 0x2018 or 0x2019 or 0x201C or 0x201D;

    public static bool IsCjkPunctuation(char c) => IsCjkPunctuation((int)c);

    /// <summary>
    /// The marks of <see cref="IsCjkPunctuation(int)"/> that Latin typography uses too (— … · ‘ ’ “ ”): only the
    /// neighbouring text tells which script such a mark serves.
    /// </summary>
    public static bool IsMarkSharedWithLatin(char c) => c is '\u2014' or '\u2026' or '\u00B7' or '\u2018' or '\u2019' or '\u201C' or '\u201D';

    /// <summary>A CJK letter or CJK punctuation mark.</summary>
    public static bool IsCjk(char c) => IsCjkLetter(c) || IsCjkPunctuation(c);

    /// <summary>Latin-script letters, accented ones included (é, ß, ł), not digits.</summary>
    public static bool IsLatinLetter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')
        || (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7)
        || (c >= 0x1E00 && c <= 0x1EFF);

    /// <summary>Share of CJK letters among the letters of <paramref name="text"/> (0 when it has none).</summary>
    public static double CjkShare(ReadOnlySpan<char> text)
    {
        int letters = 0;
        int cjk = 0;
        foreach (char c in text)
        {
            if (IsCjkLetter(c))
            {
                cjk++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return letters == 0 ? 0 : (double)cjk / letters;
    }

    /// <summary>Unicode general category, exposed here so callers need not import globalization for one call.</summary>
    public static UnicodeCategory Category(char c) => char.GetUnicodeCategory(c);
}
