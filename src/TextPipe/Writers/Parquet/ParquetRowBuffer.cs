using System.Text.Json;

namespace TextPipe.Writers.Parquet;

/// <summary>
/// The rows of the row group being gathered, held column by column, taken from JSONL records: each top-level field
/// goes to the column of its name, typed as the column says.
/// </summary>
internal sealed class ParquetRowBuffer
{
    private readonly ParquetColumn[] _columns;
    private readonly Dictionary<string, int> _indexOf;
    private readonly List<string?>[] _texts;
    private readonly List<int?>[] _integers;
    private readonly List<double?>[] _reals;

    public ParquetRowBuffer(ParquetColumn[] columns)
    {
        _columns = columns;
        _indexOf = columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        _texts = new List<string?>[columns.Length];
        _integers = new List<int?>[columns.Length];
        _reals = new List<double?>[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            switch (columns[i].Kind)
            {
                case ParquetColumnKind.Integer:
                    _integers[i] = [];
                    break;
                case ParquetColumnKind.Real:
                    _reals[i] = [];
                    break;
                default:
                    _texts[i] = [];
                    break;
            }
        }
    }

    /// <summary>Rows gathered since the last <see cref="Clear"/>.</summary>
    public int Rows { get; private set; }

    /// <summary>Characters of text and JSON gathered, a proxy for the row group's size in memory.</summary>
    public long Chars { get; private set; }

    /// <summary>The strings of a text or JSON column.</summary>
    public List<string?> Texts(int column) => _texts[column];

    /// <summary>The values of an integer column.</summary>
    public List<int?> Integers(int column) => _integers[column];

    /// <summary>The values of a real column.</summary>
    public List<double?> Reals(int column) => _reals[column];

    /// <summary>Adds one row from one JSONL record; a field absent from the record is null in its column.</summary>
    /// <exception cref="InvalidOperationException">The record has a field with no column: the column list is out of date.</exception>
    public void Add(ReadOnlySpan<byte> jsonRecord)
    {
        using var record = JsonDocument.Parse(jsonRecord.ToArray());
        var seen = new bool[_columns.Length];
        foreach (var property in record.RootElement.EnumerateObject())
        {
            if (!_indexOf.TryGetValue(property.Name, out int i))
            {
                throw new InvalidOperationException($"record field \"{property.Name}\" has no Parquet column");
            }
            seen[i] = true;
            AddValue(i, property.Value);
        }
        for (int i = 0; i < _columns.Length; i++)
        {
            if (!seen[i])
            {
                AddValue(i, default);
            }
        }
        Rows++;
    }

    /// <summary>Removes the rows after the first <paramref name="rows"/> (those of a document that failed part way).</summary>
    public void Truncate(int rows)
    {
        for (int i = 0; i < _columns.Length; i++)
        {
            TruncateList(_texts[i], rows);
            TruncateList(_integers[i], rows);
            TruncateList(_reals[i], rows);
        }
        Rows = rows;
    }

    public void Clear()
    {
        Truncate(0);
        Chars = 0;
    }

    private void AddValue(int column, JsonElement value)
    {
        bool missing = value.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null;
        switch (_columns[column].Kind)
        {
            case ParquetColumnKind.Integer:
                _integers[column].Add(missing ? null : value.GetInt32());
                break;
            case ParquetColumnKind.Real:
                _reals[column].Add(missing ? null : value.GetDouble());
                break;
            case ParquetColumnKind.Text:
                string? text = missing ? null : value.GetString();
                Chars += text?.Length ?? 0;
                _texts[column].Add(text);
                break;
            default:
                string? json = missing ? null : value.GetRawText();
                Chars += json?.Length ?? 0;
                _texts[column].Add(json);
                break;
        }
    }

    private static void TruncateList<T>(List<T>? list, int rows)
    {
        if (list is not null && list.Count > rows)
        {
            list.RemoveRange(rows, list.Count - rows);
        }
    }
}
