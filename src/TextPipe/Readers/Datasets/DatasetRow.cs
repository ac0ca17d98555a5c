using TextPipe.Documents;

namespace TextPipe.Readers.Datasets;

/// <summary>
/// One row of a dataset, found but not yet parsed: the reader finds row boundaries in order (cheap, sequential),
/// and <see cref="Read"/> parses the row into a document later, on any thread (the costly part, in parallel).
/// </summary>
public sealed class DatasetRow(long line, Func<Document> read)
{
    /// <summary>1-based line of the input where the row starts.</summary>
    public long Line { get; } = line;

    /// <summary>Parses the row.</summary>
    /// <exception cref="InputException">The row is bad (invalid JSON, no text field...); the message does not name the line.</exception>
    public Document Read() => read();
}
