using TextPipe.Documents;

namespace TextPipe.Readers;

/// <summary>Turns the bytes of one input into a <see cref="Document"/>. Readers know formats; they never clean.</summary>
public interface IDocumentReader
{
    /// <summary>Format id written to the record (<c>text</c>, <c>markdown</c>...).</summary>
    string Format { get; }

    /// <summary>Reads <paramref name="content"/>; throws <see cref="InputException"/> for input it cannot read.</summary>
    Document Read(ReadOnlyMemory<byte> content, SourceInfo source);
}
