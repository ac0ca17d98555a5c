using System.Globalization;
using System.Text;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>Character classes the <c>unicode</c> rule needs: invisible characters, odd spaces, emoji.</summary>
internal static class UnicodeCharacters
{
    /// <summary>Zero-width characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, and BOM / ZWNBSP.</summary>
    public static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    /// <summary>C0 controls except line feed and tab, DEL, and the C1 controls.</summary>
    public static bool IsControl(char c) => (c < 0x20 && c is not '\n' and not '\t') || c is >= '\u007F' and <= '\u009F';

    /// <summary>
    /// Spaces that are not U+0020: no-break, the U+2000–U+200A typographic spaces, narrow no-break, medium
    /// mathematical space. U+3000 (ideographic space) is CJK layout and belongs to <c>cjk-spacing</c>.
    /// </summary>
    public static bool IsOddSpace(char c) => c is '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F';

    /// <summary>Line and paragraph separators: line breaks in disguise.</summary>
    public static bool IsLineSeparator(char c) => c is '\u2028' or '\u2029';

    /// <summary>Full-width ASCII letters and digits (Ａ–Ｚ, ａ–ｚ, ０–９); full-width punctuation is not included.</summary>
    public static bool IsFullWidthAlphanumeric(char c) =>
        c is (>= '\uFF10' and <= '\uFF19') or (>= '\uFF21' and <= '\uFF3A') or (>= '\uFF41' and <= '\uFF5A');

    public static char ToHalfWidth(char c) => (char)(c - 0xFEE0);

    /// <summary>Latin presentation ligatures U+FB00–U+FB06 (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): a font's glyphs, never spelling.</summary>
    public static bool IsLatinLigature(char c) => c is >= '\uFB00' and <= '\uFB06';

    /// <summary>
    /// Kangxi radicals (U+2F00–U+2FDF) and the CJK radicals supplement (U+2E80–U+2EFF): PDF fonts map ideograph
    /// glyphs to them when the glyph is shared, so "用" comes out as "⽤".
    /// </summary>
    public static bool IsCjkRadical(char c) => c is (>= '\u2E80' and <= '\u2EFF') or (>= '\u2F00' and <= '\u2FDF');

    /// <summary>
    /// The character's compatibility (NFKC) form from .NET's Unicode data, or null when it has none: a ligature
    /// becomes its letters, a Kangxi radical its unified ideograph (⽤ → 用). Most of the radicals supplement has
    /// no compatibility mapping in Unicode (only ⺟ and ⻳ have one): see <see cref="IdeographFor"/>.
    /// </summary>
    public static string? CompatibilityForm(char c)
    {
        string one = c.ToString();
        string folded = one.Normalize(NormalizationForm.FormKC);
        return folded == one ? null : folded;
    }

    /// <summary>
    /// The unified ideograph a radical stands for: its NFKC form (every Kangxi radical has one), else Unicode's
    /// EquivalentUnifiedIdeograph entry for the radicals supplement (⻅ → 见; <see cref="RadicalSupplementTable"/>),
    /// or null (component shapes whose equivalent is a rare Extension B character).
    /// </summary>
    public static string? IdeographFor(char radical)
    {
        if (CompatibilityForm(radical) is { } folded)
        {
            return folded;
        }
        foreach (var (from, to) in RadicalSupplementTable.Pairs)
        {
            if (from == radical)
            {
                return to.ToString();
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the radical at <paramref name="i"/> stands in CJK text: a character right beside it (no space
    /// between) is an ideograph, kana, ideographic or full-width punctuation, or another radical. A radical between
    /// spaces, Latin letters or ASCII punctuation ("the radical ⼈ means person", a list of radicals) is meant as a
    /// radical and stays. Curly quotes and dashes, shared with Western text, prove nothing.
    /// </summary>
    public static bool IsRadicalInCjkText(string text, int i)
    {
        return (i > 0 && IsCjkNeighbour(text[i - 1])) || (i + 1 < text.Length && IsCjkNeighbour(text[i + 1]));

        static bool IsCjkNeighbour(char c) =>
            IsCjkRadical(c) || Scripts.IsHan(c) || Scripts.IsKana(c) || c is (>= '\u3000' and <= '\u303F') or (>= '\uFF01' and <= '\uFF65');
    }

    /// <summary>Pictographic code points, and the pieces emoji sequences are built from (VS16, skin tones, keycap).</summary>
    public static bool IsEmojiPart(int cp) =>
        cp is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2300 and <= 0x23FF)
            or (>= 0x2B00 and <= 0x2BFF) or 0xFE0F or 0x20E3 or 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122
            or (>= 0xE0020 and <= 0xE007F);

    /// <summary>
    /// Letters and marks of the scripts where ZWJ/ZWNJ change the shaping of a word (Hebrew, Arabic, Syriac,
    /// the Indic and South-East Asian scripts...): between two of them a joiner is spelling, not noise.
    /// </summary>
    public static bool IsJoiningScriptLetter(int cp)
    {
        if (cp is < 0x0590 or >= 0x2000 and < 0xA800 or > 0xABFF and < 0x10800 || cp > 0x1E95F)
        {
            return false;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        return category is UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    /// <summary>Private-use code points (BMP area and planes 15–16): meaningless without the font that defined them.</summary>
    public static bool IsPrivateUse(int cp) => cp is (>= 0xE000 and <= 0xF8FF) or (>= 0xF0000 and <= 0x10FFFD);

    /// <summary>Characters that continue a cluster NFC may recompose: combining marks and conjoining jamo.</summary>
    public static bool ContinuesCluster(char c)
    {
        if (c is >= '\u1160' and <= '\u11FF')
        {
            return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }
}
