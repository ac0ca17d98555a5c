using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Where the Chinese conventions the punctuation and spacing rules enforce apply. Cleanup runs before language
/// detection, so the answer comes from scripts, which are unambiguous here: Korean is written with Hangul,
/// separates words with spaces and uses ASCII <c>, . ( )</c>; Japanese is written with kana and has its own
/// comma and period conventions (<c>、。</c> or <c>，．</c>) that an ASCII-to-full-width rewrite would mix.
/// A Korean or Japanese block is left alone as a whole, and so is any sentence with Hangul or kana in it, even
/// inside a Chinese block (a quoted name). Han-only text is taken for Chinese.
/// </summary>
internal static class ChineseScope
{
    /// <summary>Characters either side of a position searched for the sentence around it.</summary>
    private const int SentenceReach = 200;

    /// <summary>
    /// True when the block is Korean or Japanese: Hangul makes up a third of its CJK letters (Korean
    /// with Hanja), or kana a tenth (Japanese prose is mostly kanji, but never without kana for long). A Chinese
    /// block quoting a Korean line stays Chinese; the quoted sentence is left by <see cref="InKoreanOrJapaneseSentence"/>.
    /// </summary>
    public static bool IsKoreanOrJapanese(string text)
    {
        var tally = new EastAsianTally();
        tally.Add(text);
        return tally.IsKoreanOrJapanese;
    }

    /// <summary>
    /// Han, kana and Hangul letters counted over any number of texts, so a whole document is judged without
    /// first copying its blocks into one string (the punctuation, spacing and unicode rules each ask once a pass).
    /// </summary>
    internal struct EastAsianTally
    {
        private int han, kana, hangul;

        public void Add(string text)
        {
            foreach (char c in text)
            {
                if (Scripts.IsHan(c))
                {
                    han++;
                }
                else if (IsHangulOrKana(c))
                {
                    if (Scripts.IsHangul(c))
                    {
                        hangul++;
                    }
                    else
                    {
                        kana++;
                    }
                }
            }
        }

        public readonly bool IsKoreanOrJapanese
        {
            get
            {
                int letters = han + kana + hangul;
                return letters > 0 && (hangul * 3 >= letters || kana * 10 >= letters);
            }
        }
    }

    /// <summary>True when the sentence around <paramref name="index"/> has Hangul or kana in it.</summary>
    public static bool InKoreanOrJapaneseSentence(string text, int index)
    {
        for (int i = index, seen = 0; i >= 0 && seen < SentenceReach && !IsSentenceEnd(text, i, index); i--, seen++)
        {
            if (IsHangulOrKana(text[i]))
            {
                return true;
            }
        }
        for (int i = index + 1, seen = 0; i < text.Length && seen < SentenceReach && !IsSentenceEnd(text, i, index); i++, seen++)
        {
            if (IsHangulOrKana(text[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Hangul or kana, the letters that make a sentence Korean or Japanese. The katakana middle dot and long-vowel
    /// mark are left out: Chinese text borrows the dot between the parts of a foreign name (<c>列夫・托尔斯泰</c>).
    /// </summary>
    public static bool IsHangulOrKana(char c) => Scripts.IsHangul(c) || (Scripts.IsKana(c) && c != '\u30FC' && c != '\u30FB');

    /// <summary>A letter of the scripts written without spaces between words whose conventions these rules know: Han and kana.</summary>
    public static bool IsUnspacedLetter(char c) => Scripts.IsHan(c) || Scripts.IsKana(c);

    // A line break or a sentence-ending mark other than the one we stand on ends the search.
    private static bool IsSentenceEnd(string text, int i, int origin) =>
        i != origin && text[i] is '\n' or '。' or '！' or '？' or '.' or '!' or '?';
}
