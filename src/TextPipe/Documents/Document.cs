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

    /// <summary>The clean text: content blocks joined by a blank line.</summary>
    public string Text => string.Join("\n\n", ContentBlocks.Select(b => b.Text));

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
            return new DocumentStats { CharsIn = CharsIn, CharsOut = TextMeasure.CountChars(Text), RemovedByRule = removed };
        }
    }
}
