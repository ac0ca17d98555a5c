using System.Text;

namespace TextPipe.Language;

/// <summary>
/// How a Hebrew-script word is spelt for the word lists that tell Yiddish from Hebrew (mirrored in <c>fold_hebrew</c>
/// of data/scripts/build-rival-words.py): without points (niqqud, cantillation) and with the Yiddish ligatures
/// װ ױ ײ as two letters. Pointed Hebrew (the Bible, poetry, children's books) is rare in the web lists, while Yiddish
/// spells vowels with points (אַ אָ פֿ) and sets the ligatures either way; the bare letters are what both share.
/// </summary>
internal static class HebrewFolding
{
    /// <summary>Adds the folded form of <paramref name="c"/> (a letter or mark of a Hebrew-script word) to the word hash <paramref name="hash"/>.</summary>
    public static void Fold(char c, ref ulong hash)
    {
        if (c is >= '\uFB1D' and <= '\uFB4F')
        {
            // Presentation forms (שׁ as one character, the ײַ ligature) decompose into a letter and its points.
            foreach (char part in c.ToString().Normalize(NormalizationForm.FormD))
            {
                FoldDecomposed(part, ref hash);
            }
            return;
        }
        FoldDecomposed(c, ref hash);
    }

    private static void FoldDecomposed(char c, ref ulong hash)
    {
        switch (c)
        {
            case >= '\u0591' and <= '\u05C7' when char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark:
                return; // a point or cantillation mark
            case '\u05F0': // װ
                hash = WordLexicon.HashAdd(WordLexicon.HashAdd(hash, '\u05D5'), '\u05D5');
                return;
            case '\u05F1': // ױ
                hash = WordLexicon.HashAdd(WordLexicon.HashAdd(hash, '\u05D5'), '\u05D9');
                return;
            case '\u05F2': // ײ
                hash = WordLexicon.HashAdd(WordLexicon.HashAdd(hash, '\u05D9'), '\u05D9');
                return;
            default:
                hash = WordLexicon.HashAdd(hash, c);
                return;
        }
    }
}
