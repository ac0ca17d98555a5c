using System.Text;

namespace TextPipe.Readers.Datasets;

/// <summary>
/// Reads RFC 4180 records from text: commas between cells, cells in double quotes may hold commas, line breaks
/// and doubled quotes. A quote inside an unquoted cell is kept as a character, as spreadsheets do. Counts lines
/// so each record knows where it starts. Line ends LF or CRLF. A record longer than <c>maxRecordChars</c> is read to
/// its end without being kept (<see cref="LastRecordTooLong"/>), so one endless cell cannot fill the memory and the
/// records after it are still read.
/// </summary>
internal sealed class CsvRecordParser(TextReader text, long maxRecordChars)
{
    private readonly StringBuilder _cell = new();
    private long _line = 1;
    private long _recordChars;

    /// <summary>Whether the record last read was over the length limit: its cells were dropped (it reads as no cells).</summary>
    public bool LastRecordTooLong { get; private set; }

    /// <summary>The 1-based line the parser has reached (for messages about what stopped it).</summary>
    public long LastLine => _line;

    /// <summary>The next record and its 1-based first line, or false at the end of the text. Empty lines are skipped.</summary>
    /// <exception cref="InputException">A quoted cell is never closed.</exception>
    public bool TryRead(out string[] cells, out long line)
    {
        var record = new List<string>();
        int c;
        while ((c = text.Peek()) is '\n' or '\r')
        {
            ReadLineEnd();
        }
        line = _line;
        cells = [];
        _recordChars = 0;
        LastRecordTooLong = false;
        if (c < 0)
        {
            return false;
        }
        while (true)
        {
            _cell.Clear();
            if (text.Peek() == '"')
            {
                text.Read();
                ReadQuoted(line);
            }
            while ((c = text.Peek()) >= 0 && c is not (',' or '\n' or '\r'))
            {
                Keep((char)text.Read());
            }
            if (!LastRecordTooLong)
            {
                record.Add(_cell.ToString());
            }
            if (c == ',')
            {
                text.Read();
                continue;
            }
            if (c >= 0)
            {
                ReadLineEnd();
            }
            cells = LastRecordTooLong ? [] : [.. record];
            return true;
        }
    }

    private void ReadQuoted(long startLine)
    {
        while (true)
        {
            int c = text.Read();
            if (c < 0)
            {
                throw new InputException($"line {startLine}: a quoted CSV cell is never closed");
            }
            if (c == '"')
            {
                if (text.Peek() != '"')
                {
                    return;
                }
                text.Read();
            }
            else if (c == '\n')
            {
                _line++;
            }
            Keep((char)c);
        }
    }

    /// <summary>Adds a character to the cell, unless the record is over the limit: then it is only counted.</summary>
    private void Keep(char c)
    {
        if (LastRecordTooLong)
        {
            return;
        }
        if (++_recordChars > maxRecordChars)
        {
            LastRecordTooLong = true;
            _cell.Clear();
            return;
        }
        _cell.Append(c);
    }

    private void ReadLineEnd()
    {
        if (text.Read() == '\r' && text.Peek() == '\n')
        {
            text.Read();
        }
        _line++;
    }
}
