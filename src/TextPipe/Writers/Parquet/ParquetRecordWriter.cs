using Parquet;
using Parquet.Schema;
using TextPipe.Documents;

namespace TextPipe.Writers.Parquet;

/// <summary>
/// Writes records as an Apache Parquet file: one column per top-level field of the JSONL record of the unit
/// (<see cref="ParquetColumns"/>), typed scalars as Parquet strings, int32 and doubles, lists and objects as their
/// JSON text. Rows are gathered into row groups of at most <see cref="RowGroupRows"/> rows or about
/// <see cref="RowGroupChars"/> characters and written as each fills, so memory stays bounded on any corpus.
/// </summary>
/// <remarks>
/// Each record is first written by the JSONL writer and then split into columns, so both formats hold the same
/// values by construction. The footer is written on <see cref="Dispose"/>: a file is complete only after it.
/// Columns are Zstandard-compressed.
/// </remarks>
internal sealed class ParquetRecordWriter : IRecordWriter
{
    /// <summary>Most rows in one row group.</summary>
    internal const int RowGroupRows = 10_000;

    /// <summary>About the most characters of text gathered before a row group is written.</summary>
    internal const long RowGroupChars = 32L * 1024 * 1024;

    private static readonly ParquetOptions Options = new() { CompressionMethod = CompressionMethod.Zstd };

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly ParquetColumn[] _columns;
    private readonly DataField[] _fields;
    private readonly ParquetRowBuffer _rows;
    private readonly MemoryStream _jsonl = new();
    private readonly JsonlRecordWriter _json;
    private readonly ParquetWriter _writer;
    private bool _disposed;

    public ParquetRecordWriter(Stream output, WriterOptions options, bool leaveOpen)
    {
        _leaveOpen = leaveOpen;
        // Parquet writers ask the stream for its position; a pipe (stdout) has none, so count the bytes ourselves.
        _output = output;
        _columns = ParquetColumns.For(options.Unit, options.Fields);
        _fields = [.. _columns.Select(FieldOf)];
        _rows = new ParquetRowBuffer(_columns);
        _json = new JsonlRecordWriter(_jsonl, options with { Format = OutputFormat.Jsonl }, leaveOpen: true);
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(_fields), new CountingWriteStream(output), Options)
            .GetAwaiter().GetResult();
    }

    public void Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed, this);

        int rowsBefore = _rows.Rows;
        _jsonl.SetLength(0);
        try
        {
            _json.Write(document);
            _json.Flush();
            var records = _jsonl.GetBuffer().AsSpan(0, (int)_jsonl.Length);
            while (records.Length > 0)
            {
                int end = records.IndexOf((byte)'\n');
                _rows.Add(records[..end]);
                records = records[(end + 1)..];
            }
        }
        catch
        {
            _rows.Truncate(rowsBefore);
            throw;
        }

        if (_rows.Rows >= RowGroupRows || _rows.Chars >= RowGroupChars)
        {
            WriteRowGroup();
        }
    }

    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteRowGroup();
        _output.Flush();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        try
        {
            WriteRowGroup();
            _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _output.Flush();
        }
        finally
        {
            _disposed = true;
            _json.Dispose();
            if (!_leaveOpen)
            {
                _output.Dispose();
            }
        }
    }

    private void WriteRowGroup()
    {
        if (_rows.Rows == 0)
        {
            return;
        }
        using (var group = _writer.CreateRowGroup())
        {
            for (int i = 0; i < _columns.Length; i++)
            {
                var write = _columns[i].Kind switch
                {
                    ParquetColumnKind.Integer => group.WriteAsync<int>(_fields[i], _rows.Integers(i).ToArray()),
                    ParquetColumnKind.Real => group.WriteAsync<double>(_fields[i], _rows.Reals(i).ToArray()),
                    _ => group.WriteAsync(_fields[i], _rows.Texts(i)),
                };
                write.GetAwaiter().GetResult();
            }
        }
        _rows.Clear();
    }

    private static DataField FieldOf(ParquetColumn column) => column.Kind switch
    {
        ParquetColumnKind.Integer => new DataField<int?>(column.Name),
        ParquetColumnKind.Real => new DataField<double?>(column.Name),
        _ => new DataField<string>(column.Name, nullable: true),
    };
}
