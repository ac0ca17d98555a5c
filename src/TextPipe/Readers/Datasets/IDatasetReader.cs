namespace TextPipe.Readers.Datasets;

/// <summary>
/// A reader of a format where each row is a document (JSONL, CSV). Rows are read lazily from a stream so that
/// a dataset of any size flows through the pipeline without being held in memory. As an
/// <see cref="IDocumentReader"/> it reads a dataset of exactly one row.
/// </summary>
public interface IDatasetReader : IDocumentReader
{
    /// <summary>The rows of <paramref name="content"/> (uncompressed), in order, found as the sequence is enumerated.</summary>
    /// <exception cref="InputException">From the enumeration: the input as a whole is unreadable (empty, no text column, a row over the size limit).</exception>
    IEnumerable<DatasetRow> ReadRows(Stream content, SourceInfo source);
}
