using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Subtitles;

/// <summary>Reads SubRip subtitles (format <c>srt</c>): cues joined into timed paragraphs by <see cref="CueParagraphs"/>.</summary>
public sealed class SrtReader(ReaderOptions options, CueParagraphs paragraphs) : TextDocumentReader(options)
{
    public const string FormatId = "srt";

    public SrtReader(ReaderOptions options)
        : this(options, CueParagraphs.Default)
    {
    }

    public override string Format => FormatId;

    protected override Document ReadPrepared(string text, DecodedText decoded, SourceInfo source, long byteCount) =>
        TextLayout.CreateDocument(text, decoded, source, byteCount, FormatId, title: null, paragraphs.Join(SrtParser.Parse(text)));
}
