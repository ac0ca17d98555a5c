using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Chooses what stands where a hard line break is joined: nothing between Chinese or Japanese characters (they
/// are written without spaces), a space between words of space-separated scripts, Korean included (Hangul
/// separates words with spaces, so a wrap in Korean text falls where a space was). Between a Chinese or Japanese
/// character and a Latin letter or digit writers differ ("使用 Python 语言" and "使用Python语言" are both common),
/// so the document's own unbroken text decides: a space when it spaces such pairs more often than not. Letters and
/// digits are counted apart, because a text that writes "使用 Python" still writes "5月27日".
/// </summary>
internal sealed class LineJoiner(IReadOnlyList<CleanBlock> blocks)
{
    private bool? spacesIdeographsFromLetters;
    private bool? spacesIdeographsFromDigits;

    public string Between(WrappedLine a, WrappedLine b)
    {
        char last = a.Last;
        char first = b.First;
        if (char.IsLetterOrDigit(first) && EndsInsideAddress(a, FirstWord(b)))
        {
            return "";
        }
        if (CjkMarks.IsOwnPunctuation(last) || CjkMarks.IsOwnPunctuation(first))
        {
            return "";
        }
        bool lastIdeographic = IsIdeographic(last);
        bool firstIdeographic = IsIdeographic(first);
        if (lastIdeographic && firstIdeographic)
        {
            return "";
        }
        if (lastIdeographic || firstIdeographic)
        {
            char other = lastIdeographic ? first : last;
            if (Scripts.IsLatinLetter(other))
            {
                return (spacesIdeographsFromLetters ??= CountSpacing(blocks, Scripts.IsLatinLetter)) ? " " : "";
            }
            if (char.IsAsciiDigit(other))
            {
                return (spacesIdeographsFromDigits ??= CountSpacing(blocks, char.IsAsciiDigit)) ? " " : "";
            }
            return "";
        }
        // Two marks both scripts share ("。”" then "“他说…") say nothing; the lines' script does.
        return CjkMarks.IsShared(last) && CjkMarks.IsShared(first) && (a.Cjk || b.Cjk) ? "" : " ";
    }

    /// <summary>
    /// The line ends on a slash inside a path or web address (<c>CTAN:language/</c>, <c>https://example.org/docs/</c>),
    /// or on an archive's name before a path that the next line starts (<c>CTAN:</c> then <c>macros/latex/</c>): a
    /// typesetter breaks addresses there, and the rest of the address follows without a space.
    /// </summary>
    private bool EndsInsideAddress(WrappedLine line, ReadOnlySpan<char> next)
    {
        string text = blocks[line.Block].Text;
        if (line.Last == ':')
        {
            return EndsWithScheme(text, line) && next.Contains('/');
        }
        if (line.Last != '/')
        {
            return false;
        }
        int end = text.LastIndexOf('/', line.End - 1);
        int start = end;
        while (start > line.Start && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        var word = text.AsSpan(start, end - start);
        return word.Contains(':') || word.Contains('/');
    }

    /// <summary>A word of letters then a colon ends the line (<c>CTAN:</c>, <c>http:</c>): an archive or scheme before its path.</summary>
    private static bool EndsWithScheme(string text, WrappedLine line)
    {
        int colon = text.LastIndexOf(':', line.End - 1);
        int start = colon;
        while (start > line.Start && char.IsAsciiLetter(text[start - 1]))
        {
            start--;
        }
        return colon - start >= 3 && (start == line.Start || char.IsWhiteSpace(text[start - 1]));
    }

    private ReadOnlySpan<char> FirstWord(WrappedLine line)
    {
        string text = blocks[line.Block].Text;
        int start = line.Start;
        while (start < line.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        int end = start;
        while (end < line.End && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return text.AsSpan(start, end - start);
    }

    /// <summary>Han and kana: the scripts written without spaces between words.</summary>
    private static bool IsIdeographic(char c) => Scripts.IsHan(c) || Scripts.IsKana(c) || CjkMarks.IsOwnPunctuation(c);

    /// <summary>
    /// Counts, inside lines (not across the breaks being judged), ideograph–Latin neighbours written with one space
    /// against those written with none, for the other side's kind of character.
    /// </summary>
    private static bool CountSpacing(IReadOnlyList<CleanBlock> blocks, Func<char, bool> isOther)
    {
        int spaced = 0, unspaced = 0;
        foreach (var block in blocks)
        {
            string text = block.Text;
            for (int i = 0; i + 1 < text.Length; i++)
            {
                char a = text[i];
                char b = text[i + 1];
                if (b == ' ' && i + 2 < text.Length)
                {
                    if (IsMixedPair(a, text[i + 2], isOther))
                    {
                        spaced++;
                    }
                }
                else if (IsMixedPair(a, b, isOther))
                {
                    unspaced++;
                }
            }
        }
        return spaced > unspaced;
    }

    private static bool IsMixedPair(char a, char b, Func<char, bool> isOther) =>
        (IsIdeographic(a) && isOther(b)) || (isOther(a) && IsIdeographic(b));
}
