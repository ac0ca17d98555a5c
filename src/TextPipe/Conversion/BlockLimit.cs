using System.Globalization;
using TextPipe.Documents;
using TextPipe.Readers;

namespace TextPipe.Conversion;

/// <summary>
/// <see cref="ReaderOptions.MaxBlocks"/>, enforced once for every reader right after reading: a document of millions of
/// tiny blocks costs the stages far more memory per character than prose does, so it is refused with the option to raise.
/// </summary>
internal static class BlockLimit
{
    /// <exception cref="InputException"><paramref name="document"/> has more than <paramref name="maxBlocks"/> blocks.</exception>
    public static void Ensure(Document document, int maxBlocks)
    {
        if (document.Blocks.Length > maxBlocks)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{document.Blocks.Length:N0} blocks (paragraphs, cues, cells), over the limit of {maxBlocks:N0} (--max-blocks)"));
        }
    }
}
