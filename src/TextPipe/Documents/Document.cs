using System.Collections.Immutable;

namespace TextPipe.Documents;

/// <summary>
/// A document as it flows through the pipeline: metadata, ordered blocks, and the audit trail
/// (edits, flags). Immutable; every stage returns a new instance.
/// </summary>
public sealed record Document(DocumentMetadata Metadata, ImmutableArray<Block> Blocks)
{
    /// <summary>Stable id: a hash of the decoded source text, so the same content gets the same id whatever its encoding or path.</summary>
    public required string Id { get; init; }

    /// <summary>Characters the reader produced (the basis of <see cref="DocumentStats.CharsIn"/>).</summary>
    public int CharsIn { get; init; }

    /// <summary>Main language, or null until detection has run.</summary>
    public string? Lang { get; init; }

    public double? LangConfidence { get; init; }

    /// <summary>Share of each language in the document (sums to 1 when set).</summary>
    public ImmutableSortedDictionary<string, double> Langs { get; init; } = ImmutableSortedDictionary<string, double>.Empty;

    /// <summary>The languages detection was restricted to (<c>--langs</c>), sorted; empty when unrestricted.</summary>
    public ImmutableArray<string> LangCandidates { get; init; } = [];

    public ImmutableArray<Edit> Edits { get; init; } = [];

    public ImmutableArray<Flag> Flags { get; init; } = [];

    /// <summary>Content blocks only: what goes into <c>text</c> and <c>paragraphs</c>.</summary>
    public IEnumerable<Block> ContentBlocks => Blocks.Where(b => b.IsContent);

    /// <summary>What joins content blocks in <see cref="Text"/>: a blank line.</summary>
    public const string BlockSeparator = "\n\n";

    /// <summary>The clean text: content blocks joined by a blank line.</summary>
    /// <remarks>
    /// Built at its exact length. <c>string.Join</c> over a sequence grows a buffer rented from the shared array pool by
    /// doubling, and the pool keeps the buffers it is given back: for a document of a million paragraphs, about twice
    /// the text (over 250 MB for a 58 MB text) stayed allocated for the rest of the run.
    /// </remarks>
    public string Text
    {
        get
        {
            long length = 0;
            int count = 0;
            foreach (var block in Blocks)
            {
                if (block.IsContent)
                {
                    length += block.Text.Length;
                    count++;
                }
            }
            if (count == 0)
            {
                return "";
            }
            length += (long)(count - 1) * BlockSeparator.Length;
            return string.Create(checked((int)length), Blocks, static (text, blocks) =>
            {
                int at = 0;
                bool first = true;
                foreach (var block in blocks)
                {
                    if (!block.IsContent)
                    {
                        continue;
                    }
                    if (!first)
                    {
                        BlockSeparator.CopyTo(text[at..]);
                        at += BlockSeparator.Length;
                    }
                    block.Text.CopyTo(text[at..]);
                    at += block.Text.Length;
                    first = false;
                }
            });
        }
    }

    /// <summary>Characters of <see cref="Text"/> as <see cref="TextMeasure.CountChars"/> counts them, without building it.</summary>
    private int TextChars
    {
        get
        {
            int chars = 0;
            int count = 0;
            foreach (var block in Blocks)
            {
                if (block.IsContent)
                {
                    chars += TextMeasure.CountChars(block.Text);
                    count++;
                }
            }
            return count == 0 ? 0 : chars + ((count - 1) * BlockSeparator.Length);
        }
    }

    public DocumentStats Stats
    {
        get
        {
            var removed = Edits
                .Where(e => e.Action != EditAction.Flagged)
                .GroupBy(e => e.Rule, StringComparer.Ordinal)
                .ToImmutableSortedDictionary(
                    g => g.Key,
                    g => g.Sum(e => Math.Max(0, TextMeasure.CountChars(e.Original) - TextMeasure.CountChars(e.Replacement))),
                    StringComparer.Ordinal);
            return new DocumentStats { CharsIn = CharsIn, CharsOut = TextChars, RemovedByRule = removed };
        }
    }
}
