namespace TextPipe.Writers;

/// <summary>How documents are written: which format, and what one record stands for.</summary>
public sealed record WriterOptions(OutputFormat Format, RecordUnit Unit)
{
    /// <summary>
    /// Adds each paragraph's word tokens (<c>"tokens": [...]</c>) to JSONL document and paragraph records.
    /// Sentence records carry no tokens, and CSV and TXT ignore this option: they have no place for a list.
    /// </summary>
    public bool IncludeTokens { get; init; }

    /// <summary>
    /// The top-level fields of document records to write (<c>--fields</c>, <c>--lean</c>; see <see cref="RecordFields"/>),
    /// or null for all. Made by <see cref="RecordFields.Choose"/>, which checks the names.
    /// </summary>
    public System.Collections.Immutable.ImmutableHashSet<string>? Fields { get; init; }
}
