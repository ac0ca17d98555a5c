using TextPipe.Documents;

namespace TextPipe.Segmentation;

/// <summary>
/// Splits a run of Chinese text into words. the word tokenizer hands every Han run it finds
/// to an implementation of this interface, so the dictionary-based segmenter can be swapped in
/// without the tokenizer knowing how it works. Implementations must be thread-safe.
/// </summary>
public interface IChineseWordSegmenter
{
    /// <summary>
    /// Segments <paramref name="text"/>[<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>)
    /// into words, in order, covering the run without gaps or overlaps. Each token's
    /// <see cref="Token.Offset"/> is an index into <paramref name="text"/> (not into the run).
    /// </summary>
    IEnumerable<Token> Segment(string text, int start, int length);
}
