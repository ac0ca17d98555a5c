namespace TextPipe.Writers.Parquet;

/// <summary>What a Parquet column holds: a typed scalar of the record, or a nested field kept as its JSON text.</summary>
internal enum ParquetColumnKind
{
    /// <summary>A string field (UTF-8 byte array, nullable).</summary>
    Text,

    /// <summary>A whole-number field (32-bit, nullable).</summary>
    Integer,

    /// <summary>A fractional field such as a confidence or a cue time (64-bit float, nullable).</summary>
    Real,

    /// <summary>
    /// A list or object of the record (paragraphs, edits, flags, meta, stats), kept as the exact JSON text the JSONL
    /// record holds, so nothing is lost and engines read it with their JSON functions (DuckDB <c>json_extract</c>,
    /// Spark <c>from_json</c>).
    /// </summary>
    Json,
}

/// <summary>One column of a Parquet record file: the JSONL record field it comes from and its kind.</summary>
internal sealed record ParquetColumn(string Name, ParquetColumnKind Kind);
