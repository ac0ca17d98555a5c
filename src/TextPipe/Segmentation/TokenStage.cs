using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Pipeline;

namespace TextPipe.Segmentation;

/// <summary>
/// Fills <see cref="Block.Tokens"/> of content blocks with word tokens (Chinese words included), reading each
/// block's language for its manners (French elisions, English contractions). Only in the pipeline when
/// tokens are asked for, since most corpora need sentences, not words.
/// </summary>
public sealed class TokenStage(WordTokenizer tokenizer) : IDocumentStage
{
    public string Name => "tokens";

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var blocks = document.Blocks.Select(block => block.IsContent && block.Kind != BlockKind.Code
            ? block with { Tokens = [.. tokenizer.Tokenize(block.Text, block.Lang)] }
            : block);
        return document with { Blocks = blocks.ToImmutableArray() };
    }
}
