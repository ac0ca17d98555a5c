namespace TextPipe.Writers.Parquet;

/// <summary>
/// The columns of Parquet records per unit: the top-level fields of the JSONL record of that unit, in the same order
/// and under the same names (see <c>schema/</c>), so a Parquet file and a JSONL file of one run hold the same data.
/// </summary>
internal static class ParquetColumns
{
    private static readonly ParquetColumn[] Document =
    [
        new("id", ParquetColumnKind.Text),
        new("source", ParquetColumnKind.Text),
        new("format", ParquetColumnKind.Text),
        new("encoding", ParquetColumnKind.Text),
        new("lang", ParquetColumnKind.Text),
        new("lang_confidence", ParquetColumnKind.Real),
        new("langs", ParquetColumnKind.Json),
        new("lang_candidates", ParquetColumnKind.Json),
        new("title", ParquetColumnKind.Text),
        new("meta", ParquetColumnKind.Json),
        new("text", ParquetColumnKind.Text),
        new("paragraphs", ParquetColumnKind.Json),
        new("edits", ParquetColumnKind.Json),
        new("flags", ParquetColumnKind.Json),
        new("stats", ParquetColumnKind.Json),
    ];

    private static readonly ParquetColumn[] Paragraph =
    [
        new("doc_id", ParquetColumnKind.Text),
        new("source", ParquetColumnKind.Text),
        new("index", ParquetColumnKind.Integer),
        new("kind", ParquetColumnKind.Text),
        new("level", ParquetColumnKind.Integer),
        new("page", ParquetColumnKind.Integer),
        new("start", ParquetColumnKind.Real),
        new("end", ParquetColumnKind.Real),
        new("speaker", ParquetColumnKind.Text),
        new("lang", ParquetColumnKind.Text),
        new("text", ParquetColumnKind.Text),
        new("sentences", ParquetColumnKind.Json),
        new("tokens", ParquetColumnKind.Json),
    ];

    private static readonly ParquetColumn[] Sentence =
    [
        new("doc_id", ParquetColumnKind.Text),
        new("source", ParquetColumnKind.Text),
        new("paragraph", ParquetColumnKind.Integer),
        new("index", ParquetColumnKind.Integer),
        new("lang", ParquetColumnKind.Text),
        new("text", ParquetColumnKind.Text),
    ];

    /// <summary>The columns of <paramref name="unit"/>'s records; for documents only the <paramref name="fields"/> chosen, when given.</summary>
    public static ParquetColumn[] For(RecordUnit unit, System.Collections.Immutable.ImmutableHashSet<string>? fields) => unit switch
    {
        RecordUnit.Document => fields is null ? Document : [.. Document.Where(c => fields.Contains(c.Name))],
        RecordUnit.Paragraph => Paragraph,
        _ => Sentence,
    };
}
