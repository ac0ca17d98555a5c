using System.Collections.Immutable;

namespace TextPipe.Documents;

/// <summary>
/// One unit of a document's structure: a paragraph, heading, caption... Immutable: stages return
/// changed copies (<c>with</c>), so a pipeline can run on many documents at once without locks.
/// </summary>
/// <remarks>
/// A document can hold millions of blocks (one-line paragraphs, table cells), so a block keeps in its own fields
/// only what every block has; what most blocks leave at its default (page, level, inline elements, cue times,
/// speaker, language spans, tokens) lives in one shared <see cref="BlockDetails"/> object, absent while all of it is
/// at its default. That halves the size of a block (120 to 56 bytes) without changing what it says.
/// </remarks>
public sealed record Block(BlockKind Kind, string Text)
{
    private BlockDetails? _details;

    /// <summary>1-based page number for paged sources (PDF), else null.</summary>
    public int? Page
    {
        get => _details?.Page;
        init => _details = BlockDetails.Normalise(Details with { Page = value });
    }

    /// <summary>Heading level 1–6 for headings, 0 otherwise.</summary>
    public int Level
    {
        get => _details?.Level ?? 0;
        init => _details = BlockDetails.Normalise(Details with { Level = value });
    }

    public ImmutableArray<InlineElement> Inlines
    {
        get => _details is null ? [] : _details.Inlines;
        init => _details = BlockDetails.Normalise(Details with { Inlines = BlockDetails.Shared(value) });
    }

    /// <summary>When the block starts in a timed source (a subtitle's first cue), else null.</summary>
    public TimeSpan? StartTime
    {
        get => _details?.StartTime;
        init => _details = BlockDetails.Normalise(Details with { StartTime = value });
    }

    /// <summary>When the block ends in a timed source (a subtitle's last cue), else null.</summary>
    public TimeSpan? EndTime
    {
        get => _details?.EndTime;
        init => _details = BlockDetails.Normalise(Details with { EndTime = value });
    }

    /// <summary>Who speaks the block, when the source names them (a WebVTT voice), else null.</summary>
    public string? Speaker
    {
        get => _details?.Speaker;
        init => _details = BlockDetails.Normalise(Details with { Speaker = value });
    }

    /// <summary>Language of the block, or null until detection has run.</summary>
    public string? Lang { get; init; }

    public ImmutableArray<LanguageSpan> Spans
    {
        get => _details is null ? [] : _details.Spans;
        init => _details = BlockDetails.Normalise(Details with { Spans = BlockDetails.Shared(value) });
    }

    public ImmutableArray<Sentence> Sentences { get; init; } = [];

    public ImmutableArray<Token> Tokens
    {
        get => _details is null ? [] : _details.Tokens;
        init => _details = BlockDetails.Normalise(Details with { Tokens = BlockDetails.Shared(value) });
    }

    /// <summary>True for blocks that are content (everything but page furniture).</summary>
    public bool IsContent => Kind != BlockKind.PageFurniture;

    private BlockDetails Details => _details ?? BlockDetails.Defaults;
}

/// <summary>The rarely set parts of a <see cref="Block"/>, kept apart so that a plain paragraph does not pay for them.</summary>
internal sealed record BlockDetails
{
    /// <summary>Every part at its default: a block with these details stores none.</summary>
    public static readonly BlockDetails Defaults = new();

    public int? Page { get; init; }

    public int Level { get; init; }

    public ImmutableArray<InlineElement> Inlines { get; init; } = [];

    public TimeSpan? StartTime { get; init; }

    public TimeSpan? EndTime { get; init; }

    public string? Speaker { get; init; }

    public ImmutableArray<LanguageSpan> Spans { get; init; } = [];

    public ImmutableArray<Token> Tokens { get; init; } = [];

    /// <summary>
    /// The shared empty array for an empty one. Arrays compare by reference, so an empty array built elsewhere (a
    /// reader's sorted list of no inline elements) made the details of every block of an HTML page differ from the
    /// defaults: 96 bytes a block for nothing.
    /// </summary>
    public static ImmutableArray<T> Shared<T>(ImmutableArray<T> value) => !value.IsDefault && value.IsEmpty ? [] : value;

    /// <summary>Null when every part is at its default, so that blocks that say the same compare equal.</summary>
    public static BlockDetails? Normalise(BlockDetails details) => details == Defaults ? null : details;
}
