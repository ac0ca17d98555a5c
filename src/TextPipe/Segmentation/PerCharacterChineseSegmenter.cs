using System.Text;
using TextPipe.Documents;

namespace TextPipe.Segmentation;

/// <summary>
/// The fallback when no dictionary segmenter is available: one token per character (a surrogate pair
/// counts as one character). Crude but never wrong about boundaries, only about their number.
/// </summary>
public sealed class PerCharacterChineseSegmenter : IChineseWordSegmenter
{
    public static PerCharacterChineseSegmenter Instance { get; } = new();

    public IEnumerable<Token> Segment(string text, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, text.Length);
        return Iterate(text, start, length);
    }

    private static IEnumerable<Token> Iterate(string text, int start, int length)
    {
        int end = start + length;
        int i = start;
        while (i < end)
        {
            int width = Rune.TryGetRuneAt(text, i, out _) ? (char.IsHighSurrogate(text[i]) ? 2 : 1) : 1;
            width = Math.Min(width, end - i);
            yield return new Token(text.Substring(i, width), i);
            i += width;
        }
    }
}
