using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TextPipe.Documents;

namespace TextPipe.Readers.Datasets;

/// <summary>
/// Reads CSV datasets (format <c>csv</c>, UTF-8 or another encoding (<see cref="DatasetEncoding"/>), comma-separated, RFC 4180 quoting): a header row, then one
/// document per row whose text is the <see cref="ReaderOptions.TextField"/> column; the other cells go to the
/// record's <c>meta.fields</c> as strings. A row with another number of cells than the header fails alone;
/// a quoted cell never closed stops the file. Parsed by <see cref="CsvRecordParser"/>.
/// </summary>
public sealed class CsvDatasetReader(ReaderOptions options) : DatasetReader(options)
{
    public const string FormatId = "csv";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonWriterOptions CellJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override string Format => FormatId;

    protected override IEnumerable<DatasetRow> Rows(Stream content, SourceInfo source)
    {
        string textField = Options.TextField;
        using var utf8 = DatasetEncoding.OpenUtf8(content, Options.Encoding, out string encoding);
        using var text = new StreamReader(utf8, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var origin = new DatasetRowOrigin(source, FormatId, encoding, Options);
        long maxRecordChars = Options.MaxLineChars;
        var parser = new CsvRecordParser(text, maxRecordChars);
        if (!Next(parser, out string[] header, out _))
        {
            throw new InputException("empty file: no CSV header row");
        }
        if (parser.LastRecordTooLong)
        {
            throw new InputException("line 1: " + TooLong(maxRecordChars));
        }
        int textIndex = Array.IndexOf(header, textField);
        if (textIndex < 0)
        {
            throw new InputException($"no \"{textField}\" column (columns: {string.Join(", ", header)}; choose one with --text-field{EncodingHint(encoding)})");
        }
        while (Next(parser, out string[] cells, out long line))
        {
            yield return parser.LastRecordTooLong
                ? new DatasetRow(line, () => throw new InputException(TooLong(maxRecordChars)))
                : new DatasetRow(line, () => ReadRow(header, textIndex, cells, line, origin));
        }
    }

    /// <summary>A record over the limit fails alone; the parser has read past it, so the rows after it are still read.</summary>
    private static string TooLong(long maxChars) =>
        string.Create(CultureInfo.InvariantCulture, $"a CSV record over {maxChars:N0} characters (raise --max-line-bytes to read it)");

    /// <summary>
    /// The next record. Bytes that are not UTF-8 after a head that was (the encoding is judged on the first 64 KiB)
    /// stop the file with a message naming --encoding, rather than becoming U+FFFD silently.
    /// </summary>
    private static bool Next(CsvRecordParser parser, out string[] cells, out long line)
    {
        try
        {
            return parser.TryRead(out cells, out line);
        }
        catch (DecoderFallbackException e)
        {
            throw new InputException($"line {parser.LastLine}: not valid UTF-8 (the start of the file was); name the file's encoding with --encoding", e);
        }
    }

    /// <summary>Read in a detected legacy encoding, the column names may still be wrong: say how it was read.</summary>
    private string EncodingHint(string encoding) =>
        encoding == "utf-8" || Options.Encoding is not null ? "" : $"; read as {encoding}, name another with --encoding";

    private static Document ReadRow(string[] header, int textIndex, string[] cells, long line, DatasetRowOrigin origin)
    {
        if (cells.Length != header.Length)
        {
            throw new InputException($"{cells.Length} cells where the header has {header.Length}");
        }
        var fields = ImmutableArray.CreateBuilder<SourceField>(cells.Length - 1);
        for (int i = 0; i < cells.Length; i++)
        {
            if (i != textIndex)
            {
                fields.Add(new SourceField(header[i], JsonString(cells[i])));
            }
        }
        return DatasetDocument.Create(cells[textIndex], origin, line, fields.MoveToImmutable(), cells.Sum(c => (long)Encoding.UTF8.GetByteCount(c)));
    }

    /// <summary>
    /// A cell as a JSON string literal. Written with <see cref="Utf8JsonWriter"/> rather than JsonSerializer, whose
    /// reflection-based overloads the native (AOT) build cannot use; the bytes are the same.
    /// </summary>
    private static string JsonString(string cell)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(cell.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, CellJson))
        {
            writer.WriteStringValue(cell);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
