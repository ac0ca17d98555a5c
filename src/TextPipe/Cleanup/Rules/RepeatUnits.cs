using System.Text;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>What the repetition rule does with a repeat it found.</summary>
internal enum RepeatAction
{
    Keep,
    Flag,
    Remove,
}

/// <summary>
/// How sure a repeat is a loop, from its shape. Three copies in a row of a unit with real content is a loop
/// (a recogniser or scraper stuck); two copies in a row is certain only for a long prose unit (a pasted
/// paragraph); anything else is flagged. Structured units — lines of a poem or song, table rows, indented
/// code, list items, multi-line blocks — repeat on purpose more often, so they need a fourth copy.
/// </summary>
internal static class RepeatCertainty
{
    /// <summary>Content weight (Latin letters and digits 1, CJK letters 2) a unit needs to be removed as a loop.</summary>
    public const int LoopWeight = 12;

    /// <summary>Weight a prose unit needs for two copies in a row to be certain: a sentence of a dozen words, 20 Chinese characters.</summary>
    public const int LongWeight = 40;

    public static RepeatAction Judge(int copies, int weight, bool structured)
    {
        if (weight >= LoopWeight && copies >= (structured ? 4 : 3))
        {
            return RepeatAction.Remove;
        }
        if (copies == 2 && !structured && weight >= LongWeight)
        {
            return RepeatAction.Remove;
        }
        return RepeatAction.Flag;
    }
}

/// <summary>Keys and measures of the units the repetition rule compares (blocks, lines, sentences).</summary>
internal static class RepeatUnits
{
    /// <summary>
    /// Whitespace runs become one space; ends trimmed. A text that is so already is returned itself: the keys of a
    /// document's paragraphs are held together while loops are looked for, and a copy of each was a second copy of
    /// the document's text.
    /// </summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsNormal(text) ? text : Normalise(text.AsSpan());
    }

    /// <summary>Whitespace runs become one space; ends trimmed.</summary>
    public static string Normalise(ReadOnlySpan<char> text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in new NormalisedChars(text))
        {
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>
    /// The <see cref="TextHash64"/> of the text as <see cref="Normalise(ReadOnlySpan{char})"/> gives it, with its length
    /// and <see cref="Weight(string)"/>, without making it: a unit's key costs no string.
    /// </summary>
    public static ulong NormalisedHash(ReadOnlySpan<char> text, out int length, out int weight)
    {
        ulong hash = TextHash64.Start;
        length = 0;
        weight = 0;
        foreach (char c in new NormalisedChars(text))
        {
            hash = TextHash64.Add(hash, c);
            length++;
            weight += Weight(c);
        }
        return TextHash64.Finish(hash);
    }

    /// <summary>The characters of a text normalised (ends trimmed, each whitespace run one space), one at a time.</summary>
    private ref struct NormalisedChars(ReadOnlySpan<char> text)
    {
        private readonly ReadOnlySpan<char> _text = text.Trim();
        private int _next;
        private bool _spaceFirst;

        public readonly char Current => _spaceFirst ? ' ' : _text[_next - 1];

        public readonly NormalisedChars GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_spaceFirst)
            {
                _spaceFirst = false;
                return true; // the space stood for the run; its character comes now
            }
            if (_next >= _text.Length)
            {
                return false;
            }
            if (char.IsWhiteSpace(_text[_next]))
            {
                // A run inside the text (the ends are trimmed): one space, then the character after it.
                while (char.IsWhiteSpace(_text[_next]))
                {
                    _next++;
                }
                _next++;
                _spaceFirst = true;
                return true;
            }
            _next++;
            return true;
        }
    }

    /// <summary>True when <paramref name="text"/> has no whitespace at its ends and none but single spaces inside.</summary>
    private static bool IsNormal(string text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            return false;
        }
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' '))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How much content a unit carries: Latin letters and digits count 1, CJK letters 2 (a Chinese character says about as much as a short word).</summary>
    public static int Weight(string text)
    {
        int weight = 0;
        foreach (char c in text)
        {
            weight += Weight(c);
        }
        return weight;
    }

    /// <summary>One character's part of <see cref="Weight(string)"/>.</summary>
    public static int Weight(char c) => Scripts.IsCjkLetter(c) ? 2 : char.IsLetterOrDigit(c) ? 1 : 0;

    /// <summary>
    /// A line laid out on purpose rather than running prose: indented (code, verse), a table row
    /// (<c>|</c>, tabs, column gaps of two spaces or more), or ending like code.
    /// </summary>
    /// <summary>
    /// A table-of-contents or index entry: text, then leader dots (". . . ." or "……") and a page number at the end.
    /// </summary>
    public static bool IsContentsEntry(ReadOnlySpan<char> text)
    {
        var content = text.TrimEnd();
        int end = content.Length;
        while (end > 0 && char.IsAsciiDigit(content[end - 1]))
        {
            end--;
        }
        if (end == content.Length || end == 0)
        {
            return false;
        }
        int dots = 0;
        for (int i = end - 1; i >= 0 && (content[i] is '.' or '…' or '·' or ' ' or '\u00A0'); i--)
        {
            dots += content[i] is '.' or '…' or '·' ? 1 : 0;
        }
        return dots >= 2;
    }

    public static bool IsLaidOutLine(ReadOnlySpan<char> line)
    {
        var content = line.TrimEnd("\r\n");
        if (content.Length == 0)
        {
            return false;
        }
        if (char.IsWhiteSpace(content[0]) || content.Contains('|') || content.Contains('\t'))
        {
            return true;
        }
        var trimmed = content.Trim();
        if (trimmed.Contains("  ", StringComparison.Ordinal))
        {
            return true;
        }
        return trimmed[^1] is ';' or '{' or '}' or '\\' or '(' or '[';
    }

    /// <summary>
    /// A block of verse or a song: four or more lines, three of them different, most of them short
    /// (line-wrap has already joined prose, so lines left in a block are the author's; a block that is one
    /// line over and over is a loop, not a stanza).
    /// </summary>
    public static bool IsVerse(string text)
    {
        // Line by line in place, remembering the first two different lines only: the test needs three different
        // lines, not how many, and a string per line (with a set of them) made 400 MB of garbage for 10M lines.
        int lines = 0, shortLines = 0, distinct = 0;
        ReadOnlySpan<char> first = default, second = default;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }
            lines++;
            if (distinct == 0)
            {
                first = line;
                distinct = 1;
            }
            else if (distinct < 3 && !line.SequenceEqual(first) && (distinct == 1 || !line.SequenceEqual(second)))
            {
                second = distinct == 1 ? line : second;
                distinct++;
            }
            if (line.Length <= 60)
            {
                shortLines++;
            }
        }
        return lines >= 4 && distinct >= 3 && shortLines * 4 >= lines * 3;
    }
}
