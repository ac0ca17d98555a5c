using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Pipeline;

namespace TextPipe.Segmentation;

/// <summary>
/// Fills <see cref="Block.Sentences"/> of every content block (code blocks and page furniture excepted) with
/// <see cref="SentenceSegmenter"/>, in the block's language when detection has run. Each sentence carries the
/// block's language.
/// </summary>
public sealed class SentenceStage(SentenceSegmenter segmenter) : IDocumentStage
{
    public SentenceStage()
        : this(SentenceSegmenter.Default)
    {
    }

    public string Name => "sentences";

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = ImmutableArray.CreateBuilder<Block>(document.Blocks.Length);
        foreach (var block in document.Blocks)
        {
            blocks.Add(block.IsContent && block.Kind != BlockKind.Code ? WithSentences(block) : block);
        }
        return document with { Blocks = blocks.MoveToImmutable() };
    }

    private Block WithSentences(Block block)
    {
        var sentences = segmenter.Split(block.Text, block.Lang);
        var filled = ImmutableArray.CreateBuilder<Sentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            filled.Add(block.Lang is null ? sentence : sentence with { Lang = block.Lang });
        }
        return block with { Sentences = filled.MoveToImmutable() };
    }
}
