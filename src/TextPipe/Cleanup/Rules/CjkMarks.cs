using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Finer classes of CJK punctuation for the spacing and punctuation rules. <see cref="Scripts.IsCjkPunctuation(char)"/>
/// also counts marks Chinese shares with Latin text (curly quotes, ellipsis, em dash, middle dot) and the
/// ideographic space; next to those, only the neighbouring text tells which script a mark serves.
/// </summary>
internal static class CjkMarks
{
    /// <summary>Marks shared with Latin typography: they belong to CJK text only when CJK text is next to them.</summary>
    public static bool IsShared(char c) => Scripts.IsMarkSharedWithLatin(c);

    /// <summary>Full-width or CJK-only punctuation (，。、《》（）「」…): full-width marks carry their own spacing.</summary>
    public static bool IsOwnPunctuation(char c) => c != '\u3000' && Scripts.IsCjkPunctuation(c) && !IsShared(c);

    /// <summary>Horizontal spaces a layout puts between characters (not line breaks).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0' or '\t';

    /// <summary>A letter or digit of a script written with spaces between words (Latin, Greek, Cyrillic, digits, full-width ones too).</summary>
    public static bool IsSpacedWordChar(char c) => char.IsLetterOrDigit(c) && !Scripts.IsCjkLetter(c);

    /// <summary>
    /// Share of CJK in a stretch of text, counting each CJK letter as one and each Latin word as two (a Chinese
    /// word is about two characters), so <c>使用ChatGPT生成</c> counts as Chinese and <c>Beijing, 北京 in Chinese</c> does not.
    /// Digits count for neither side.
    /// </summary>
    public static double CjkWeight(string text, int start, int end)
    {
        int cjk = 0;
        int words = 0;
        bool inWord = false;
        for (int i = Math.Max(0, start); i < Math.Min(text.Length, end); i++)
        {
            char c = text[i];
            bool latin = char.IsLetter(c) && !Scripts.IsCjkLetter(c);
            if (Scripts.IsCjkLetter(c))
            {
                cjk++;
            }
            else if (latin && !inWord)
            {
                words++;
            }
            inWord = latin;
        }
        int total = cjk + 2 * words;
        return total == 0 ? 0 : (double)cjk / total;
    }

    /// <summary>
    /// <see cref="CjkWeight"/> of <paramref name="from"/>..<paramref name="to"/> and <paramref name="reach"/> visible
    /// characters on each side. Counting visible characters, not positions, keeps the answer when spaces nearby are removed.
    /// </summary>
    public static double CjkWeightAround(string text, int from, int to, int reach)
    {
        int start = from;
        for (int seen = 0; start > 0 && seen < reach; start--)
        {
            if (!char.IsWhiteSpace(text[start - 1]))
            {
                seen++;
            }
        }
        int end = to + 1;
        for (int seen = 0; end < text.Length && seen < reach; end++)
        {
            if (!char.IsWhiteSpace(text[end]))
            {
                seen++;
            }
        }
        return CjkWeight(text, start, end);
    }

    /// <summary>
    /// Marks only CJK typing produces: full-width forms of ASCII punctuation (，：（）) and the ideographic comma and
    /// full stop. Brackets and quotes such as 〈〉《》「」 are also used in Latin text (maths, quoted Chinese titles).
    /// </summary>
    public static bool IsFullWidthOnly(char c) => c is (>= '\uFF01' and <= '\uFF5E') or '、' or '。';
}
