using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Reads WebVTT subtitles (format <c>vtt</c>, see <see cref="VttParser"/>): cues joined into timed paragraphs by
/// <see cref="CueParagraphs"/>, voices and bracketed names kept as speakers, rolling captions shown once.
/// </summary>
public sealed class VttReader(ReaderOptions options, CueParagraphs paragraphs) : TextDocumentReader(options)
{
    public const string FormatId = "vtt";

    public VttReader(ReaderOptions options)
        : this(options, CueParagraphs.Default)
    {
    }

    public override string Format => FormatId;

    protected override Document ReadPrepared(string text, DecodedText decoded, SourceInfo source, long byteCount)
    {
        var content = VttParser.Parse(text);
        var document = TextLayout.CreateDocument(text, decoded, source, byteCount, FormatId, title: null, paragraphs.Join(content.Cues));
        return content.Flags.IsEmpty ? document : document with { Flags = document.Flags.AddRange(content.Flags) };
    }
}
