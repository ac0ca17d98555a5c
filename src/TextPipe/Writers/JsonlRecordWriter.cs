using System.Text.Encodings.Web;
using System.Text.Json;
using TextPipe.Documents;

namespace TextPipe.Writers;

/// <summary>
/// Writes JSON Lines records as described by <c>schema/document.schema.json</c>, <c>paragraph.schema.json</c>
/// and <c>sentence.schema.json</c>: keys in a fixed order, every field present (null, [] or {} when its stage
/// has not run), maps with keys sorted by ordinal, text unescaped except where JSON requires it.
/// </summary>
/// <remarks>
/// Records go through a <see cref="Utf8JsonWriter"/> into a byte buffer that is copied to the stream once it
/// holds 64 KiB, and only between documents: the stream is not flushed after every record (costly on files and
/// pipes when records are sentences), and a document whose records fail half-way is cut out of the buffer.
/// A document whose records pass <see cref="ByteBuffer.SpillBytes"/> waits in a temporary file instead of in
/// memory, and long strings are encoded piece by piece, so memory does not grow with the size of a record.
/// </remarks>
internal sealed class JsonlRecordWriter : IRecordWriter
{
    private const int DrainThreshold = 64 * 1024;

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Only property names and map keys (language tags, rule ids) go through the encoder; string values
        // are encoded by JsonStringLiteral, which leaves all non-ASCII text unescaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly RecordUnit _unit;
    private readonly bool _includeTokens;
    private readonly System.Collections.Immutable.ImmutableHashSet<string>? _fields;
    private readonly ByteBuffer _buffer = new(DrainThreshold + 4096);
    private readonly Utf8JsonWriter _json;
    private bool _disposed;

    public JsonlRecordWriter(Stream output, WriterOptions options, bool leaveOpen)
    {
        _output = output;
        _leaveOpen = leaveOpen;
        _unit = options.Unit;
        _includeTokens = options.IncludeTokens;
        _fields = options.Fields;
        _json = new Utf8JsonWriter(_buffer, JsonOptions);
    }

    public void Write(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ObjectDisposedException.ThrowIf(_disposed, this);

        long start = _buffer.Length;
        try
        {
            var paragraphs = RecordUnits.Paragraphs(document);
            switch (_unit)
            {
                case RecordUnit.Document:
                    WriteDocumentRecord(document, paragraphs);
                    break;
                case RecordUnit.Paragraph:
                    foreach (var paragraph in paragraphs)
                    {
                        WriteParagraphRecord(document, paragraph);
                    }
                    break;
                default:
                    foreach (var sentence in RecordUnits.Sentences(paragraphs))
                    {
                        WriteSentenceRecord(document, sentence);
                    }
                    break;
            }
        }
        catch
        {
            _json.Reset();
            _buffer.Truncate(start);
            throw;
        }

        if (_buffer.Length >= DrainThreshold)
        {
            Drain();
        }
    }

    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Drain();
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
            Flush();
        }
        finally
        {
            _disposed = true;
            _json.Dispose();
            _buffer.Dispose();
            if (!_leaveOpen)
            {
                _output.Dispose();
            }
        }
    }

    private void Drain()
    {
        if (_buffer.Length > 0)
        {
            _buffer.CopyTo(_output);
        }
    }

    private void BeginRecord()
    {
        _json.Reset();
        _json.WriteStartObject();
    }

    private void EndRecord()
    {
        _json.WriteEndObject();
        _json.Flush();
        _buffer.WriteByte((byte)'\n');
    }

    private void WriteDocumentRecord(Document document, List<ContentParagraph> paragraphs)
    {
        var meta = document.Metadata;
        BeginRecord();
        WriteText("id", document.Id);
        if (Wants("source"))
        {
            WriteText("source", meta.Source);
        }
        if (Wants("format"))
        {
            WriteText("format", meta.Format);
        }
        if (Wants("encoding"))
        {
            WriteOptionalText("encoding", meta.Encoding);
        }
        if (Wants("lang"))
        {
            WriteOptionalText("lang", document.Lang);
        }
        if (Wants("lang_confidence"))
        {
            WriteNumber("lang_confidence", document.LangConfidence);
        }
        if (Wants("langs"))
        {
            _json.WriteStartObject("langs");
            foreach (var (lang, share) in document.Langs.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                _json.WriteNumber(lang, share);
            }
            _json.WriteEndObject();
        }
        if (Wants("lang_candidates"))
        {
            _json.WriteStartArray("lang_candidates");
            foreach (string candidate in document.LangCandidates)
            {
                _json.WriteStringValue(candidate);
            }
            _json.WriteEndArray();
        }
        if (Wants("title"))
        {
            WriteOptionalText("title", meta.Title);
        }
        if (Wants("meta"))
        {
            WriteMeta(meta);
        }
        if (Wants("text"))
        {
            // The blocks' texts are encoded one after the other: the joined text is never built.
            _json.WritePropertyName("text");
            JsonStringLiteral.WriteJoined(_json, paragraphs.ConvertAll(p => p.Block.Text), Document.BlockSeparator, _buffer);
        }
        if (Wants("paragraphs"))
        {
            _json.WriteStartArray("paragraphs");
            foreach (var paragraph in paragraphs)
            {
                _json.WriteStartObject();
                WriteParagraphFields(paragraph);
                _json.WriteEndObject();
            }
            _json.WriteEndArray();
        }
        if (Wants("edits"))
        {
            WriteEdits(document);
        }
        if (Wants("flags"))
        {
            WriteFlags(document);
        }
        if (Wants("stats"))
        {
            WriteStats(document.Stats);
        }
        EndRecord();
    }

    /// <summary>Whether a top-level field of document records is to be written (all are, unless fields were chosen).</summary>
    private bool Wants(string field) => _fields is null || _fields.Contains(field);

    private void WriteMeta(DocumentMetadata meta)
    {
        _json.WriteStartObject("meta");
        _json.WriteNumber("bytes", meta.ByteCount);
        WriteOptionalText("author", meta.Author);
        WriteOptionalText("byline", meta.Byline);
        _json.WriteStartArray("captions");
        foreach (var caption in meta.Captions)
        {
            JsonStringLiteral.Write(_json, caption, _buffer);
        }
        _json.WriteEndArray();
        WriteNumber("page_count", meta.PageCount);
        if (meta.DeclaredLang is { } declaredLang)
        {
            WriteText("declared_lang", declaredLang); // only when the source declares one, so other records keep their shape
        }
        WriteRuby(meta);
        WriteDatasetRow(meta);
        _json.WriteEndObject();
    }

    private void WriteEdits(Document document)
    {
        _json.WriteStartArray("edits");
        foreach (var edit in document.Edits)
        {
            _json.WriteStartObject();
            WriteText("rule", edit.Rule);
            WriteText("action", RecordNames.Action(edit.Action));
            WriteText("original", edit.Original);
            WriteText("replacement", edit.Replacement);
            _json.WriteNumber("block", edit.Block);
            _json.WriteNumber("offset", edit.Offset);
            WriteOptionalText("note", edit.Note);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private void WriteFlags(Document document)
    {
        _json.WriteStartArray("flags");
        foreach (var flag in document.Flags)
        {
            _json.WriteStartObject();
            WriteText("code", flag.Code);
            WriteText("message", flag.Message);
            WriteNumber("block", flag.Block);
            WriteNumber("offset", flag.Offset);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    private void WriteStats(DocumentStats stats)
    {
        _json.WriteStartObject("stats");
        _json.WriteNumber("chars_in", stats.CharsIn);
        _json.WriteNumber("chars_out", stats.CharsOut);
        _json.WriteStartObject("removed_by_rule");
        foreach (var (rule, chars) in stats.RemovedByRule.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            _json.WriteNumber(rule, chars);
        }
        _json.WriteEndObject();
        _json.WriteEndObject();
    }

    private void WriteParagraphRecord(Document document, ContentParagraph paragraph)
    {
        BeginRecord();
        WriteText("doc_id", document.Id);
        WriteText("source", document.Metadata.Source);
        WriteParagraphFields(paragraph);
        EndRecord();
    }

    /// <summary>The fields a paragraph has in both document and paragraph records.</summary>
    private void WriteParagraphFields(ContentParagraph paragraph)
    {
        var block = paragraph.Block;
        _json.WriteNumber("index", paragraph.Index);
        WriteText("kind", paragraph.Kind);
        _json.WriteNumber("level", block.Level);
        WriteNumber("page", block.Page);
        WriteTiming(block);
        WriteOptionalText("lang", block.Lang);
        WriteText("text", block.Text);
        _json.WriteStartArray("sentences");
        foreach (var sentence in block.Sentences)
        {
            _json.WriteStartObject();
            WriteText("text", sentence.Text);
            WriteOptionalText("lang", sentence.Lang);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        if (_includeTokens)
        {
            _json.WriteStartArray("tokens");
            foreach (var token in block.Tokens)
            {
                JsonStringLiteral.Write(_json, token.Text, _buffer);
            }
            _json.WriteEndArray();
        }
    }

    /// <summary>
    /// Cue times and speaker of blocks from timed sources (subtitles): written only when the reader knew them,
    /// so records of untimed formats keep their shape.
    /// </summary>
    private void WriteTiming(Block block)
    {
        if (block.StartTime is { } start)
        {
            _json.WriteNumber("start", Seconds(start));
        }
        if (block.EndTime is { } end)
        {
            _json.WriteNumber("end", Seconds(end));
        }
        if (block.Speaker is { } speaker)
        {
            WriteText("speaker", speaker);
        }
    }

    /// <summary>Seconds with millisecond precision, as a decimal so 1.1 s is written 1.1 and not 1.1000000000000001.</summary>
    private static decimal Seconds(TimeSpan time) => Math.Round((decimal)time.Ticks / TimeSpan.TicksPerSecond, 3);

    /// <summary>Ruby readings the reader took out of the text: written only when there are some, so other records keep their shape.</summary>
    private void WriteRuby(DocumentMetadata meta)
    {
        if (meta.Ruby.IsDefaultOrEmpty)
        {
            return;
        }
        _json.WriteStartArray("ruby");
        foreach (var ruby in meta.Ruby)
        {
            _json.WriteStartObject();
            WriteText("base", ruby.Base);
            WriteText("reading", ruby.Reading);
            _json.WriteNumber("block", ruby.Block);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    /// <summary>The line and other fields of a dataset row: written only for documents read from one.</summary>
    private void WriteDatasetRow(DocumentMetadata meta)
    {
        if (meta.Line is { } line)
        {
            _json.WriteNumber("line", line);
        }
        if (!meta.Fields.IsDefaultOrEmpty)
        {
            _json.WriteStartObject("fields");
            foreach (var field in meta.Fields)
            {
                _json.WritePropertyName(field.Name);
                _json.WriteRawValue(field.JsonValue, skipInputValidation: true);
            }
            _json.WriteEndObject();
        }
    }

    private void WriteSentenceRecord(Document document, ContentSentence sentence)
    {
        BeginRecord();
        WriteText("doc_id", document.Id);
        WriteText("source", document.Metadata.Source);
        _json.WriteNumber("paragraph", sentence.Paragraph);
        _json.WriteNumber("index", sentence.Index);
        WriteOptionalText("lang", sentence.Lang);
        WriteText("text", sentence.Text);
        EndRecord();
    }

    /// <summary>A string the schema requires: a null here is a bug upstream, refused rather than written as null.</summary>
    private void WriteText(string name, string value)
    {
        if (value is null)
        {
            throw new ArgumentException($"\"{name}\" is null, but records require a string there.");
        }
        _json.WritePropertyName(name);
        JsonStringLiteral.Write(_json, value, _buffer);
    }

    private void WriteOptionalText(string name, string? value)
    {
        _json.WritePropertyName(name);
        if (value is null)
        {
            _json.WriteNullValue();
        }
        else
        {
            JsonStringLiteral.Write(_json, value, _buffer);
        }
    }

    private void WriteNumber(string name, int? value)
    {
        if (value is { } number)
        {
            _json.WriteNumber(name, number);
        }
        else
        {
            _json.WriteNull(name);
        }
    }

    private void WriteNumber(string name, double? value)
    {
        if (value is { } number)
        {
            _json.WriteNumber(name, number);
        }
        else
        {
            _json.WriteNull(name);
        }
    }
}
