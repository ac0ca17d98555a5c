namespace TextPipe.Cleanup.Rules;

/// <summary>A clause of a block: the text between clause delimiters, trimmed of spaces.</summary>
internal readonly record struct ClauseSpan(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits a block into clauses at commas, enumeration commas, semicolons, sentence ends and line breaks,
/// in CJK (，、；。！？) and Latin (, ; ! ? and a full stop after a letter) punctuation. Speech-to-text
/// output marks every pause with a comma, so the clause is the unit its loops and fillers come in.
/// </summary>
internal static class Clauses
{
    public static bool IsDelimiter(string text, int i)
    {
        char c = text[i];
        return c switch
        {
            '，' or '、' or '；' or '。' or '！' or '？' or '\n' or ';' or '!' or '?' => true,
            // "1,000" and "5.2" are numbers, not clause ends.
            ',' => !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])),
            '.' => i > 0 && char.IsLetter(text[i - 1]) && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])),
            _ => false,
        };
    }

    public static List<ClauseSpan> Split(string text)
    {
        var clauses = new List<ClauseSpan>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || IsDelimiter(text, i))
            {
                int s = start;
                int e = i;
                while (s < e && char.IsWhiteSpace(text[s]))
                {
                    s++;
                }
                while (e > s && char.IsWhiteSpace(text[e - 1]))
                {
                    e--;
                }
                if (e > s)
                {
                    clauses.Add(new ClauseSpan(s, e));
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    /// <summary>
    /// The range that removes clauses <paramref name="first"/>..<paramref name="last"/> of a block cleanly:
    /// with the delimiter after them when another clause follows, else with the delimiter before them (so
    /// the block keeps its final punctuation), else the whole block.
    /// </summary>
    public static (int Start, int End) RemovalRange(string text, IReadOnlyList<ClauseSpan> clauses, int first, int last)
    {
        if (last + 1 < clauses.Count)
        {
            return (clauses[first].Start, clauses[last + 1].Start);
        }
        if (first > 0)
        {
            return (clauses[first - 1].End, clauses[last].End);
        }
        return (0, text.Length);
    }

    /// <summary>The delimiter right after a clause, or '\0' at the end of the block.</summary>
    public static char DelimiterAfter(string text, ClauseSpan clause)
    {
        for (int i = clause.End; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i] == '\n')
            {
                return text[i];
            }
        }
        return '\0';
    }
}
