using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TextPipe.Documents;
using TextPipe.Writers;

namespace TextPipe.Tests.Writers;

/// <summary>
/// Parquet records: read back with Parquet.Net's reader, every row must hold what the JSONL record of the same
/// document holds, field by field (scalars typed, lists and objects as the same JSON text).
/// </summary>
public class ParquetRecordWriterTests
{
    [Theory]
    [InlineData(RecordUnit.Document)]
    [InlineData(RecordUnit.Paragraph)]
    [InlineData(RecordUnit.Sentence)]
    public void Each_row_holds_the_fields_of_the_jsonl_record_of_the_same_unit(RecordUnit unit)
    {
        var documents = WriterFixtures.All();
        var options = new WriterOptions(OutputFormat.Parquet, unit) { IncludeTokens = unit == RecordUnit.Paragraph };

        var table = ParquetTable.Read(WriterHarness.Bytes(options, documents));
        string[] jsonl = WriterHarness.Lines(WriterHarness.Text(options with { Format = OutputFormat.Jsonl }, documents));

        Assert.Equal(jsonl.Length, table.Rows.Count);
        for (int r = 0; r < jsonl.Length; r++)
        {
            AssertRowMatchesRecord(table, table.Rows[r], jsonl[r]);
        }
    }

    [Fact]
    public void Scalar_fields_are_typed_columns_and_nested_fields_are_json_text()
    {
        var table = ParquetTable.Read(WriterHarness.Bytes(new WriterOptions(OutputFormat.Parquet, RecordUnit.Document), WriterFixtures.Chinese()));

        var types = table.Fields.ToDictionary(f => f.Name, f => f.ClrType);
        // Parquet.Net's reader reports UTF-8 string columns as string or as ReadOnlyMemory<char>, as its options say.
        Assert.Contains(types["text"], new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
        Assert.Equal(typeof(double), types["lang_confidence"]);
        var paragraphs = JsonDocument.Parse((string)table.Rows[0]["paragraphs"]!).RootElement;
        Assert.Equal(JsonValueKind.Array, paragraphs.ValueKind);
        Assert.Contains(paragraphs.EnumerateArray(), p => p.GetProperty("text").GetString() == WriterFixtures.ChineseBody);
    }

    [Fact]
    public void Paragraph_numbers_are_integer_columns()
    {
        var table = ParquetTable.Read(WriterHarness.Bytes(new WriterOptions(OutputFormat.Parquet, RecordUnit.Paragraph), WriterFixtures.All()));

        var types = table.Fields.ToDictionary(f => f.Name, f => f.ClrType);
        Assert.Equal(typeof(int), types["index"]);
        Assert.Equal(typeof(int), types["page"]);
        Assert.Contains(table.Rows, row => row["page"] is null);
        Assert.Contains(table.Rows, row => row["page"] is 1);
    }

    [Fact]
    public void Chosen_fields_are_the_only_columns()
    {
        var fields = RecordFields.Choose(OutputFormat.Parquet, RecordUnit.Document, ["lang", "text"]);
        var options = new WriterOptions(OutputFormat.Parquet, RecordUnit.Document) { Fields = fields };

        var table = ParquetTable.Read(WriterHarness.Bytes(options, WriterFixtures.All()));

        Assert.Equal(["id", "lang", "text"], table.Fields.Select(f => f.Name));
        Assert.Equal(3, table.Rows.Count);
    }

    [Theory]
    [InlineData(RecordUnit.Document)]
    [InlineData(RecordUnit.Paragraph)]
    [InlineData(RecordUnit.Sentence)]
    public void Page_furniture_never_reaches_any_column(RecordUnit unit)
    {
        var table = ParquetTable.Read(WriterHarness.Bytes(new WriterOptions(OutputFormat.Parquet, unit) { IncludeTokens = true }, WriterFixtures.All()));

        var cells = table.Rows.SelectMany(r => r.Values).OfType<string>().ToArray();
        Assert.Contains(cells, c => c.Contains("北京地铁", StringComparison.Ordinal));
        foreach (string furniture in WriterFixtures.FurnitureTexts)
        {
            Assert.DoesNotContain(cells, c => c.Contains(furniture, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void No_documents_still_make_a_readable_file_with_the_columns()
    {
        var table = ParquetTable.Read(WriterHarness.Bytes(new WriterOptions(OutputFormat.Parquet, RecordUnit.Sentence)));

        Assert.Empty(table.Rows);
        Assert.Equal(["doc_id", "source", "paragraph", "index", "lang", "text"], table.Fields.Select(f => f.Name));
    }

    [Fact]
    public void Many_records_are_written_in_several_row_groups_and_none_is_lost()
    {
        int perDocument = 50;
        int documents = TextPipe.Writers.Parquet.ParquetRecordWriter.RowGroupRows / perDocument * 2 + 3;
        var many = Enumerable.Range(0, documents).Select(i => ManySentences($"doc-{i}", perDocument)).ToArray();

        var table = ParquetTable.Read(WriterHarness.Bytes(new WriterOptions(OutputFormat.Parquet, RecordUnit.Sentence), many));

        Assert.True(table.RowGroups >= 3, $"{table.RowGroups} row groups");
        Assert.Equal(documents * perDocument, table.Rows.Count);
        Assert.Equal($"doc-{documents - 1}", table.Rows[^1]["doc_id"]);
        Assert.Equal(perDocument - 1, table.Rows[^1]["index"]);
    }

    [Fact]
    public void A_stream_without_position_such_as_a_pipe_gets_a_complete_file()
    {
        using var sink = new MemoryStream();
        using (var pipe = new PositionlessStream(sink))
        using (var writer = RecordWriterFactory.Create(pipe, new WriterOptions(OutputFormat.Parquet, RecordUnit.Document), leaveOpen: true))
        {
            foreach (var document in WriterFixtures.All())
            {
                writer.Write(document);
            }
        }

        Assert.Equal(3, ParquetTable.Read(sink.ToArray()).Rows.Count);
    }

    private static void AssertRowMatchesRecord(ParquetTable table, Dictionary<string, object?> row, string jsonRecord)
    {
        using var record = JsonDocument.Parse(jsonRecord);
        var unmatched = record.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var field in table.Fields)
        {
            object? value = row[field.Name];
            unmatched.Remove(field.Name);
            if (!record.RootElement.TryGetProperty(field.Name, out var expected) || expected.ValueKind == JsonValueKind.Null)
            {
                Assert.Null(value);
                continue;
            }
            switch (expected.ValueKind)
            {
                case JsonValueKind.String:
                    Assert.Equal(expected.GetString(), Assert.IsType<string>(value));
                    break;
                case JsonValueKind.Number:
                    Assert.Equal(expected.GetDouble(), Convert.ToDouble(value, CultureInfo.InvariantCulture));
                    break;
                default:
                    Assert.Equal(expected.GetRawText(), Assert.IsType<string>(value));
                    break;
            }
        }
        Assert.Empty(unmatched);
    }

    private static Document ManySentences(string id, int count)
    {
        var sentences = Enumerable.Range(0, count).Select(i => new Sentence($"Sentence {i}.", i * 12) { Lang = "en" }).ToImmutableArray();
        string text = string.Join(" ", sentences.Select(s => s.Text));
        var block = new Block(BlockKind.Paragraph, text) { Lang = "en", Sentences = sentences };
        return WriterFixtures.RawEnglish() with { Id = id, Blocks = [block] };
    }

    /// <summary>A write-only stream with no position, as standard output is when it is a pipe.</summary>
    private sealed class PositionlessStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
