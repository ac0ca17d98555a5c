using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Two lines built the same way: rows of a table or entries of a list that a PDF reader laid out as lines of even
/// width (<c>KoPubWorldBatangLight.ttf …</c> over <c>KoPubWorldBatangMedium.ttf …</c>, <c>ref 选项得到…</c> over
/// <c>pageref 选项得到…</c>, <c>General : Add …</c> over <c>General : Fix …</c>). Consecutive lines of wrapped prose
/// go on with new words; lines that repeat each other's start, or each other's words after a different first
/// name, are rows, and the break between them is the author's.
/// </summary>
internal static class ParallelLines
{
    /// <summary>First names sharing this many characters are one family of names (file, option or font names).</summary>
    private const int SharedNamePrefix = 8;

    public static bool Are(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = a.Trim();
        b = b.Trim();
        var firstA = FirstWord(a, out var restA);
        var firstB = FirstWord(b, out var restB);
        if (firstA.IsEmpty || firstB.IsEmpty || restA.IsEmpty || restB.IsEmpty)
        {
            return false;
        }
        if (firstA.SequenceEqual(firstB))
        {
            // The same label (General : …, Note: …), or the same first two words. Short function words ("and the",
            // "of the") and a word before a quotation mark (valeur « z », valeur « aa ») may start two prose lines.
            var secondA = FirstWord(restA, out _);
            var secondB = FirstWord(restB, out _);
            bool label = firstA[^1] == ':' || (secondA is ":" && secondB is ":");
            return label || (firstA.Length >= 4 && secondA.SequenceEqual(secondB) && HasLetterOrDigit(secondA));
        }
        if (firstA.CommonPrefixLength(firstB) >= SharedNamePrefix)
        {
            return true;
        }
        // Different names followed by the same description. Chinese and Japanese prose has no spaces between
        // words, so a space there cuts nothing into names: those scripts never make a name.
        return IsName(firstA) && IsName(firstB) && SharesWords(restA, restB);
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> line, out ReadOnlySpan<char> rest)
    {
        int space = line.IndexOf(' ');
        rest = space < 0 ? [] : line[(space + 1)..].TrimStart();
        return space < 0 ? line : line[..space];
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsName(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (Scripts.IsHan(c) || Scripts.IsKana(c) || Scripts.IsCjkPunctuation(c))
            {
                return false;
            }
        }
        return HasLetterOrDigit(word);
    }

    /// <summary>
    /// The same first three Han or kana letters (scripts without spaces between words), or the same first four
    /// whole words (Latin, Hangul and the other scripts that space their words; "modification of the" or "the
    /// skip between" may start two lines of prose).
    /// </summary>
    private static bool SharesWords(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int shared = a.CommonPrefixLength(b);
        var common = a[..shared];
        int cjkLetters = 0;
        foreach (char c in common)
        {
            if (Scripts.IsHan(c) || Scripts.IsKana(c))
            {
                cjkLetters++;
            }
            else if (c == ' ')
            {
                break;
            }
        }
        if (cjkLetters >= 3)
        {
            return true;
        }
        // Whole words only: "the call" and "the change" share "the c", which is one word.
        int words = 0;
        for (int i = 0; i < shared; i++)
        {
            if (common[i] == ' ' && i > 0 && common[i - 1] != ' ')
            {
                words++;
            }
        }
        if (shared == a.Length || shared == b.Length || (shared < a.Length && a[shared] == ' ' && shared < b.Length && b[shared] == ' '))
        {
            words++;
        }
        return words >= 4;
    }
}
