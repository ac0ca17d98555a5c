using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Subtitles;

/// <summary>Reads WebVTT subtitles (format <c>vtt</c>): cues joined into timed paragraphs by <see cref="CueParagraphs"/>, voices kept as speakers.</summary>
public sealed class VttReader(ReaderOptions options, CueParagraphs paragraphs) : TextDocumentReader(options)
{
    public const string FormatId = "vtt";

    public VttReader(ReaderOptions options)
        : this(options, CueParagraphs.Default)
    {
    }

    public override string Format => FormatId;

    protected override Document ReadPrepared(string text, DecodedText decoded, SourceInfo source, long byteCount) =>
        TextLayout.CreateDocument(text, decoded, source, byteCount, FormatId, title: null, paragraphs.Join(VttParser.Parse(text)));
}
