using System.Text;
using TextPipe.Text;

namespace TextPipe.Validation.Rules;

/// <summary>
/// Words and lines as the quality signals count them, CJK-aware: a run of letters and digits is a word in
/// alphabetic text, each CJK character is a word of its own (Chinese has no spaces, and its words are one or two
/// characters), so ratios mean the same in zh as in en or fr.
/// </summary>
public static class TextUnits
{
    /// <summary>A word: where it starts in the text, its length in UTF-16 units, and whether it is a CJK character.</summary>
    public readonly record struct Word(int Offset, int Length, bool Cjk);

    public static List<Word> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<Word>();
        int start = -1;
        int offset = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            bool cjk = Scripts.IsCjkLetter(rune.Value);
            bool wordChar = !cjk && (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.NonSpacingMark
                || (start >= 0 && rune.Value is '\'' or '’' or '-'));
            if (!wordChar && start >= 0)
            {
                words.Add(new Word(start, offset - start, false));
                start = -1;
            }
            if (cjk)
            {
                words.Add(new Word(offset, rune.Utf16SequenceLength, true));
            }
            else if (wordChar && start < 0)
            {
                start = offset;
            }
            offset += rune.Utf16SequenceLength;
        }
        if (start >= 0)
        {
            words.Add(new Word(start, offset - start, false));
        }
        return words;
    }

    /// <summary>The non-blank lines of the text: offset and text, trimmed.</summary>
    public static List<(int Offset, string Text)> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<(int, string)>();
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }
            string line = text[start..end].Trim();
            if (line.Length > 0)
            {
                lines.Add((start, line));
            }
            start = end + 1;
        }
        return lines;
    }
}
