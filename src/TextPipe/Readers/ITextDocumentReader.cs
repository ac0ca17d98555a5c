using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers;

/// <summary>
/// A reader of a text format. Besides bytes it accepts text that is already decoded, so that format
/// detection, which has to decode a text input to sniff its content, does not make the reader decode it again.
/// </summary>
public interface ITextDocumentReader : IDocumentReader
{
    /// <summary>Reads text already decoded from an input of <paramref name="byteCount"/> bytes.</summary>
    /// <exception cref="InputException">The text is empty or has a line over the limit.</exception>
    Document Read(DecodedText decoded, SourceInfo source, long byteCount);
}
