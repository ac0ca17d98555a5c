using TextPipe.Documents;

namespace TextPipe.Writers;

/// <summary>
/// Turns documents into records of one format on one stream. Writers know formats and never change text.
/// Output is UTF-8 without a byte order mark, with <c>\n</c> line ends, and byte-identical for the same
/// documents and options. A writer is not thread-safe: write from one thread, in the order records should appear.
/// </summary>
public interface IRecordWriter : IDisposable
{
    /// <summary>
    /// Writes the records of one document: one record, or one per paragraph or sentence. If it throws, none
    /// of the document's records are written and the writer can go on with the next document.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    void Write(Document document);

    /// <summary>Writes buffered records to the stream and flushes it.</summary>
    /// <exception cref="ObjectDisposedException">The writer has been disposed.</exception>
    void Flush();
}
