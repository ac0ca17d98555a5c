using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers;

/// <summary>Layout steps every text reader shares. Layout, not editing: nothing here changes what the text says.</summary>
internal static class TextLayout
{
    /// <summary>CRLF and lone CR become LF. Other separators (NEL, U+2028, form feed) are left to the format and to cleanup.</summary>
    public static string NormalizeLineEnds(string text)
    {
        if (!text.Contains('\r', StringComparison.Ordinal))
        {
            return text;
        }
        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>
    /// Guards and normalises decoded text: the text a reader builds its blocks from, and the basis of the
    /// document id and <see cref="Document.CharsIn"/>, so that the same content gets the same id whatever
    /// its encoding or line-end convention.
    /// </summary>
    public static string Prepare(DecodedText decoded, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(decoded);
        TextInputGuard.CheckText(decoded.Text, options);
        return NormalizeLineEnds(decoded.Text);
    }

    public static Document CreateDocument(
        string text,
        DecodedText decoded,
        SourceInfo source,
        long byteCount,
        string format,
        string? title,
        ImmutableArray<Block> blocks)
    {
        var metadata = new DocumentMetadata
        {
            Source = source.Name,
            Format = format,
            Encoding = decoded.Encoding,
            Title = title,
            ByteCount = byteCount,
        };
        return new Document(metadata, blocks)
        {
            Id = TextMeasure.ContentId(text),
            CharsIn = TextMeasure.CountChars(text),
            Flags = decoded.Flags.IsDefault ? [] : decoded.Flags,
        };
    }
}
