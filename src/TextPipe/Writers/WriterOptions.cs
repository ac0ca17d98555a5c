namespace TextPipe.Writers;

/// <summary>How documents are written: which format, and what one record stands for.</summary>
public sealed record WriterOptions(OutputFormat Format, RecordUnit Unit)
{
    /// <summary>
    /// Adds each paragraph's word tokens (<c>"tokens": [...]</c>) to JSONL document and paragraph records.
    /// Sentence records carry no tokens, and CSV and TXT ignore this option: they have no place for a list.
    /// </summary>
    public bool IncludeTokens { get; init; }
}
