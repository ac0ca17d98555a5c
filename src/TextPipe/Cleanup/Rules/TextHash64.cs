namespace TextPipe.Cleanup.Rules;

/// <summary>
/// A 64-bit hash of text, for counting and comparing many units (lines, paragraphs, sentences) without keeping a
/// string for each: FNV-1a over the UTF-16 code units, then splitmix64's finaliser so that every bit depends on every
/// character (the sets take their slot from the high bits). Two different units share a hash with odds of about one
/// in 2^64 per pair compared.
/// </summary>
internal static class TextHash64
{
    /// <summary>The state before the first character.</summary>
    public const ulong Start = 14695981039346656037UL;

    private const ulong Prime = 1099511628211UL;

    public static ulong Add(ulong state, char c) => (state ^ c) * Prime;

    public static ulong Finish(ulong state)
    {
        state ^= state >> 30;
        state *= 0xBF58476D1CE4E5B9UL;
        state ^= state >> 27;
        state *= 0x94D049BB133111EBUL;
        return state ^ (state >> 31);
    }

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong state = Start;
        foreach (char c in text)
        {
            state = Add(state, c);
        }
        return Finish(state);
    }
}
