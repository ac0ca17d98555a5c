namespace TextPipe.Text;

/// <summary>
/// Lower-cases one character exactly as <see cref="char.ToLowerInvariant(char)"/> does, but answers a non-ASCII
/// character from a table filled the first time that character is seen. The runtime asks ICU afresh for every
/// non-ASCII character; language identification and the repetition measures lower-case text one character at a
/// time, and those calls were about 8 % of convert's CPU on a mixed-language corpus.
/// </summary>
internal static class InvariantLower
{
    // '\0' marks "not asked yet": no character other than '\0' itself lower-cases to '\0', and ASCII never reaches
    // the table. Threads may fill the same entry at once; they write the same value, and a char write is atomic.
    private static readonly char[] Table = new char[char.MaxValue + 1];

    public static char Of(char c)
    {
        if (char.IsAscii(c))
        {
            return char.ToLowerInvariant(c);
        }
        char lower = Table[c];
        if (lower == '\0')
        {
            lower = char.ToLowerInvariant(c);
            Table[c] = lower;
        }
        return lower;
    }
}
