using TextPipe.Documents;

namespace TextPipe.Readers.Datasets;

/// <summary>
/// What every dataset format shares: the options, argument checks before the lazy row sequence starts (so a
/// null argument fails at the call, not at the first row), and reading a one-row dataset as a document.
/// Subclasses find the rows.
/// </summary>
public abstract class DatasetReader(ReaderOptions options) : IDatasetReader
{
    protected ReaderOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public abstract string Format { get; }

    public Document Read(ReadOnlyMemory<byte> content, SourceInfo source) => DatasetDocument.Single(this, content, source);

    public IEnumerable<DatasetRow> ReadRows(Stream content, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return Rows(content, source);
    }

    /// <summary>The rows of <paramref name="content"/>, found as the sequence is enumerated.</summary>
    protected abstract IEnumerable<DatasetRow> Rows(Stream content, SourceInfo source);
}
