using System.Collections.Immutable;

namespace TextPipe.Documents;

/// <summary>
/// One unit of a document's structure: a paragraph, heading, caption... Immutable: stages return
/// changed copies (<c>with</c>), so a pipeline can run on many documents at once without locks.
/// </summary>
public sealed record Block(BlockKind Kind, string Text)
{
    /// <summary>1-based page number for paged sources (PDF), else null.</summary>
    public int? Page { get; init; }

    /// <summary>Heading level 1–6 for headings, 0 otherwise.</summary>
    public int Level { get; init; }

    public ImmutableArray<InlineElement> Inlines { get; init; } = [];

    /// <summary>When the block starts in a timed source (a subtitle's first cue), else null.</summary>
    public TimeSpan? StartTime { get; init; }

    /// <summary>When the block ends in a timed source (a subtitle's last cue), else null.</summary>
    public TimeSpan? EndTime { get; init; }

    /// <summary>Who speaks the block, when the source names them (a WebVTT voice), else null.</summary>
    public string? Speaker { get; init; }

    /// <summary>Language of the block, or null until detection has run.</summary>
    public string? Lang { get; init; }

    public ImmutableArray<LanguageSpan> Spans { get; init; } = [];

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>True for blocks that are content (everything but page furniture).</summary>
    public bool IsContent => Kind != BlockKind.PageFurniture;
}
