using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Readers.Datasets;

/// <summary>Where the rows of one dataset come from: the file, its format, the encoding it was read in, the reader's options.</summary>
internal sealed record DatasetRowOrigin(SourceInfo Source, string Format, string Encoding, ReaderOptions Options);

/// <summary>Builds the document of one dataset row: its text split into paragraphs as plain text is, its other fields carried along.</summary>
internal static class DatasetDocument
{
    /// <exception cref="InputException">The text is empty or only whitespace, and <see cref="ReaderOptions.AllowEmpty"/> is off.</exception>
    public static Document Create(string text, DatasetRowOrigin origin, long line, ImmutableArray<SourceField> fields, long byteCount)
    {
        string prepared = TextLayout.NormalizeLineEnds(text);
        if (prepared.AsSpan().IsWhiteSpace() && !origin.Options.AllowEmpty)
        {
            throw new InputException($"empty document (field \"{origin.Options.TextField}\" is empty; --allow-empty writes it anyway)");
        }
        var source = origin.Source;
        var metadata = new DocumentMetadata
        {
            Source = source.Name,
            Format = origin.Format,
            Encoding = origin.Encoding,
            ByteCount = byteCount,
            Line = line,
            Fields = fields,
        };
        return new Document(metadata, PlainTextReader.SplitParagraphs(prepared, origin.Options.MaxBlocks))
        {
            // Two rows with the same text are two records, so the line is part of the id; the file name rather
            // than the path, so the id does not change with where the corpus lives or how its path was typed.
            Id = TextMeasure.ContentId($"{Path.GetFileName(source.Name)}:{line}:{prepared}"),
            CharsIn = TextMeasure.CountChars(prepared),
        };
    }

    /// <summary>The one document of a dataset read whole (<see cref="IDocumentReader.Read"/>), or a clear error.</summary>
    public static Documents.Document Single(IDatasetReader reader, ReadOnlyMemory<byte> content, SourceInfo source)
    {
        using var stream = new MemoryStream(content.ToArray(), writable: false);
        DatasetRow? first = null;
        int rows = 0;
        foreach (var row in reader.ReadRows(stream, source))
        {
            first ??= row;
            rows++;
        }
        if (rows != 1 || first is null)
        {
            throw new InputException($"a {reader.Format} dataset of {rows} rows: each row is a document, which `textpipe convert` reads one by one (`textpipe inspect FILE --row N` shows one)");
        }
        try
        {
            return first.Read();
        }
        catch (InputException e)
        {
            throw new InputException($"line {first.Line}: {e.Message}", e);
        }
    }
}
