using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers;

/// <summary>
/// Reads plain text (format <c>text</c>): paragraphs are separated by blank lines (empty or whitespace
/// only). Single line ends inside a paragraph are kept as <c>\n</c> for the line-wrap rule to judge;
/// whitespace is trimmed at paragraph edges only. Plain text has no title, and none is guessed.
/// </summary>
public sealed class PlainTextReader(ReaderOptions options) : TextDocumentReader(options)
{
    public const string FormatId = "text";

    public PlainTextReader()
        : this(ReaderOptions.Default)
    {
    }

    public override string Format => FormatId;

    protected override Document ReadPrepared(string text, DecodedText decoded, SourceInfo source, long byteCount) =>
        TextLayout.CreateDocument(text, decoded, source, byteCount, FormatId, title: null, SplitParagraphs(text, Options.MaxBlocks));

    /// <summary>Splits LF-normalised text into paragraph blocks at blank lines.</summary>
    /// <exception cref="InputException">The text has more than <paramref name="maxBlocks"/> paragraphs.</exception>
    internal static ImmutableArray<Block> SplitParagraphs(string text, int maxBlocks)
    {
        var blocks = new BlockListBuilder(maxBlocks);
        int paragraphStart = -1; // start of the first non-blank line of the current paragraph
        int paragraphEnd = 0;    // end of its last non-blank line
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            bool blank = text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace();
            if (blank)
            {
                Flush();
            }
            else
            {
                if (paragraphStart < 0)
                {
                    paragraphStart = lineStart;
                }
                paragraphEnd = lineEnd;
            }
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }
        Flush();
        return blocks.ToImmutable();

        void Flush()
        {
            if (paragraphStart >= 0)
            {
                string paragraph = text.AsSpan(paragraphStart, paragraphEnd - paragraphStart).Trim().ToString();
                blocks.Add(new Block(BlockKind.Paragraph, paragraph));
                paragraphStart = -1;
            }
        }
    }
}
