using System.Buffers;
using System.Text;
using TextPipe.Documents;

namespace TextPipe.Writers;

/// <summary>
/// Writes the clean text only, UTF-8 without BOM, <c>\n</c> line ends.
/// <list type="bullet">
/// <item>Document unit: each document's text followed by <c>\n</c> (nothing for an empty text), documents
/// separated by a line holding only a form feed (<c>\f</c>), so paragraphs keep their blank lines between them.
/// A document text that itself holds a line of only <c>\f</c> would read as two documents; normalisation is
/// expected to have removed control characters.</item>
/// <item>Paragraph and sentence units: one record per line. Line breaks inside a record (CR, LF, CRLF, VT, FF,
/// NEL, U+001C–U+001E, U+2028, U+2029, every character that common line splitters break on) become one space
/// each, so that lines and records stay one-to-one. Records that are empty or only whitespace are not written,
/// so the output has no blank lines.</item>
/// </list>
/// </summary>
internal sealed class TxtRecordWriter : IRecordWriter
{
    private const string DocumentSeparator = "\f\n";

    private static readonly SearchValues<char> LineBreaks =
        SearchValues.Create("\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029");

    private readonly RecordUnit _unit;
    private readonly StreamWriter _writer;
    private bool _anyDocument;
    private bool _disposed;

    public TxtRecordWriter(Stream output, RecordUnit unit, bool leaveOpen)
    {
        _unit = unit;
        // The default UTF-8 replacement fallback writes U+FFFD for a lone surrogate, like the other writers.
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen)
        {
            NewLine = "\n",
        };
    }

    public void Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed, this);

        // Lines are built before anything is written, so a document that fails writes nothing.
        var lines = Lines(document);
        if (_unit == RecordUnit.Document && _anyDocument)
        {
            _writer.Write(DocumentSeparator);
        }
        foreach (var line in lines)
        {
            _writer.Write(line);
            _writer.Write('\n');
        }
        _anyDocument = true;
    }

    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Flush();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _writer.Dispose();
    }

    private List<string> Lines(Document document)
    {
        var paragraphs = RecordUnits.Paragraphs(document);
        var lines = new List<string>();
        switch (_unit)
        {
            case RecordUnit.Document:
                string text = document.Text;
                if (text.Length > 0)
                {
                    lines.Add(text);
                }
                break;
            case RecordUnit.Paragraph:
                foreach (var paragraph in paragraphs)
                {
                    AddLine(lines, paragraph.Block.Text);
                }
                break;
            default:
                foreach (var sentence in RecordUnits.Sentences(paragraphs))
                {
                    AddLine(lines, sentence.Text);
                }
                break;
        }
        return lines;
    }

    private static void AddLine(List<string> lines, string text)
    {
        string line = OneLine(text);
        if (!string.IsNullOrWhiteSpace(line))
        {
            lines.Add(line);
        }
    }

    /// <summary>Replaces every line break (CRLF counting as one) with a space.</summary>
    internal static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny(LineBreaks) < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (LineBreaks.Contains(c))
            {
                builder.Append(' ');
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
