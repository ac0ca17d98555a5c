using System.Globalization;
using CsvHelper;
using TextPipe.Documents;

namespace TextPipe.Writers;

/// <summary>
/// Writes RFC 4180 CSV: a header row once, then one row per record, <c>\n</c> line ends, UTF-8 without BOM.
/// </summary>
/// <remarks>
/// Fields that contain a comma, a quote or a line break, or that start or end with a space or tab, are quoted,
/// so multi-line text and edge whitespace read back unchanged. A null value (no language yet, no title) is an
/// empty field, as is an empty string. Text is written as it is: no spreadsheet-formula escaping, since that
/// would change the text.
/// </remarks>
internal sealed class CsvRecordWriter : IRecordWriter
{
    private static readonly CsvWriterOptions CsvOptions = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeededOrWhitespace,
        WriteByteOrderMark = false,
        FormatProvider = CultureInfo.InvariantCulture,
        Injection = CsvInjection.None,
    };

    private static readonly string[] DocumentColumns = [.. RecordFields.CsvDocument];

    private static readonly string[] ParagraphColumns = ["doc_id", "source", "index", "kind", "page", "lang", "text"];

    private static readonly string[] SentenceColumns = ["doc_id", "source", "paragraph", "index", "lang", "text"];

    private readonly RecordUnit _unit;
    private readonly CsvWriter _csv;

    /// <summary>The document columns chosen with <c>--fields</c> (indices into <see cref="DocumentColumns"/>), or null for all.</summary>
    private readonly int[]? _documentColumns;
    private bool _disposed;

    public CsvRecordWriter(Stream output, RecordUnit unit, bool leaveOpen, System.Collections.Immutable.ImmutableHashSet<string>? fields = null)
    {
        _unit = unit;
        _documentColumns = fields is null ? null : [.. Enumerable.Range(0, DocumentColumns.Length).Where(i => fields.Contains(DocumentColumns[i]))];
        _csv = CsvWriter.Create(output, CsvOptions, leaveOpen);
        _csv.WriteHeader(unit switch
        {
            RecordUnit.Document => Select(DocumentColumns),
            RecordUnit.Paragraph => ParagraphColumns,
            _ => SentenceColumns,
        });
    }

    public void Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed, this);

        // All rows are built before the first field is written, so a document that fails writes nothing.
        var rows = Rows(document);
        foreach (var row in rows)
        {
            foreach (var field in row)
            {
                _csv.WriteField(field);
            }
            _csv.EndRecord();
        }
    }

    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _csv.Flush();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _csv.Dispose();
    }

    private List<string?[]> Rows(Document document)
    {
        var paragraphs = RecordUnits.Paragraphs(document);
        var rows = new List<string?[]>();
        switch (_unit)
        {
            case RecordUnit.Document:
                var meta = document.Metadata;
                var stats = document.Stats;
                rows.Add(Select<string?>(
                [
                    document.Id, meta.Source, meta.Format, meta.Encoding, document.Lang, meta.Title, document.Text,
                    Number(stats.CharsIn), Number(stats.CharsOut), Number(document.Edits.Length), Number(document.Flags.Length),
                ]));
                break;
            case RecordUnit.Paragraph:
                foreach (var p in paragraphs)
                {
                    rows.Add([document.Id, document.Metadata.Source, Number(p.Index), p.Kind, Number(p.Block.Page), p.Block.Lang, p.Block.Text]);
                }
                break;
            default:
                foreach (var s in RecordUnits.Sentences(paragraphs))
                {
                    rows.Add([document.Id, document.Metadata.Source, Number(s.Paragraph), Number(s.Index), s.Lang, s.Text]);
                }
                break;
        }
        return rows;
    }

    private T[] Select<T>(T[] documentRow) => _documentColumns is null ? documentRow : [.. _documentColumns.Select(i => documentRow[i])];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
