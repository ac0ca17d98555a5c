using System.Collections.Immutable;

namespace TextPipe.Documents;

/// <summary>What is known about a document apart from its blocks.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Path as given on the command line (or under a given directory), or <c>-</c> for stdin.</summary>
    public required string Source { get; init; }

    /// <summary>Reader format id: <c>text</c>, <c>markdown</c>, <c>pdf</c>...</summary>
    public required string Format { get; init; }

    /// <summary>Character encoding the bytes were decoded with (WHATWG-style lower-case name), or null for binary formats.</summary>
    public string? Encoding { get; init; }

    public string? Title { get; init; }

    public string? Author { get; init; }

    public string? Byline { get; init; }

    public ImmutableArray<string> Captions { get; init; } = [];

    public int? PageCount { get; init; }

    /// <summary>
    /// Language the source declares for itself (HTML <c>lang</c> attribute, DOCX default language), as written
    /// (<c>zh-CN</c>, <c>en</c>), or null. A hint for language detection, not its result: pages often declare wrongly.
    /// </summary>
    public string? DeclaredLang { get; init; }

    /// <summary>1-based line of the dataset row this document was read from (JSONL, CSV), else null.</summary>
    public long? Line { get; init; }

    /// <summary>The dataset row's other fields (all but the text field), in row order; empty for other inputs.</summary>
    public ImmutableArray<SourceField> Fields { get; init; } = [];

    /// <summary>Ruby readings taken out of the text (HTML <c>&lt;rt&gt;</c>), in document order; empty for other inputs.</summary>
    public ImmutableArray<RubyAnnotation> Ruby { get; init; } = [];

    /// <summary>Size of the input in bytes.</summary>
    public long ByteCount { get; init; }
}
