using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup;

/// <summary>Builds documents for cleanup tests from paragraph texts.</summary>
public static class CleanupTestDocuments
{
    public static Document FromParagraphs(params string[] paragraphs) =>
        FromBlocks([.. paragraphs.Select(p => new Block(BlockKind.Paragraph, p))]);

    public static Document FromBlocks(ImmutableArray<Block> blocks)
    {
        string text = string.Join("\n\n", blocks.Where(b => b.IsContent).Select(b => b.Text));
        return new Document(new DocumentMetadata { Source = "test", Format = "text" }, blocks)
        {
            Id = TextMeasure.ContentId(text),
            CharsIn = TextMeasure.CountChars(text),
        };
    }
}
