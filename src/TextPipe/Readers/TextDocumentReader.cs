using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers;

/// <summary>
/// What every reader of a text format does before its own parsing: reject empty input, decode the bytes,
/// guard line lengths and normalise line ends. Subclasses parse the prepared text into blocks.
/// </summary>
public abstract class TextDocumentReader(ReaderOptions options) : ITextDocumentReader
{
    private readonly ReaderOptions options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The limits and choices this reader was made with.</summary>
    protected ReaderOptions Options => options;

    public abstract string Format { get; }

    public Document Read(ReadOnlyMemory<byte> content, SourceInfo source)
    {
        TextInputGuard.CheckBytes(content.Span);
        return Read(TextDecoder.Decode(content.Span, options.Encoding), source, content.Length);
    }

    public Document Read(DecodedText decoded, SourceInfo source, long byteCount)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        ArgumentNullException.ThrowIfNull(source);
        return ReadPrepared(TextLayout.Prepare(decoded, options), decoded, source, byteCount);
    }

    /// <summary>Parses <paramref name="text"/>: decoded, checked and with LF line ends.</summary>
    protected abstract Document ReadPrepared(string text, DecodedText decoded, SourceInfo source, long byteCount);
}
