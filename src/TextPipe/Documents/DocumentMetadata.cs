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

    /// <summary>Size of the input in bytes.</summary>
    public long ByteCount { get; init; }
}
