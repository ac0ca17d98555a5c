using System.Collections.Immutable;

namespace TextPipe.Documents;

/// <summary>Counts a record carries so that a corpus run can be audited without re-reading inputs.</summary>
public sealed record DocumentStats
{
    /// <summary>Characters (Unicode scalar values) the reader produced.</summary>
    public int CharsIn { get; init; }

    /// <summary>Characters left in the clean text.</summary>
    public int CharsOut { get; init; }

    /// <summary>Characters removed, by rule id (sorted for deterministic output).</summary>
    public ImmutableSortedDictionary<string, int> RemovedByRule { get; init; } = ImmutableSortedDictionary<string, int>.Empty;
}
