namespace TextPipe.Writers;

/// <summary>The file format a <see cref="IRecordWriter"/> writes.</summary>
public enum OutputFormat
{
    /// <summary>JSON Lines: one JSON object per line, as described by the files in <c>schema/</c>.</summary>
    Jsonl,

    /// <summary>RFC 4180 CSV with one header row; fewer fields than JSONL (no nested lists).</summary>
    Csv,

    /// <summary>Plain text: the clean text only, one document, paragraph or sentence per record.</summary>
    Txt,

    /// <summary>
    /// Apache Parquet: one column per top-level field of the JSONL record, lists and objects as JSON text,
    /// streamed in row groups.
    /// </summary>
    Parquet,
}
