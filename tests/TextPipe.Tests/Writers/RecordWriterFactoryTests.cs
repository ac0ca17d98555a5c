using System.Globalization;
using System.Text;
using System.Text.Json;
using TextPipe.Documents;
using TextPipe.Tests.Schema;
using TextPipe.Writers;

namespace TextPipe.Tests.Writers;

public class RecordWriterFactoryTests
{
    public static TheoryData<OutputFormat, RecordUnit> EveryFormatAndUnit => WriterFixtures.EveryFormatAndUnit();

    public static TheoryData<OutputFormat, RecordUnit> EveryTextFormatAndUnit => WriterFixtures.EveryTextFormatAndUnit();

    [Theory]
    [MemberData(nameof(EveryFormatAndUnit))]
    public void The_same_documents_written_twice_give_identical_bytes(OutputFormat format, RecordUnit unit)
    {
        var options = new WriterOptions(format, unit) { IncludeTokens = true };

        byte[] first = WriterHarness.Bytes(options, WriterFixtures.All());
        byte[] second = WriterHarness.Bytes(options, WriterFixtures.All());

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(EveryFormatAndUnit))]
    public void Output_does_not_depend_on_the_current_culture(OutputFormat format, RecordUnit unit)
    {
        var options = new WriterOptions(format, unit);
        byte[] invariant;
        byte[] other;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            invariant = WriterHarness.Bytes(options, WriterFixtures.All());
            // fr-FR writes 0,97 and sorts strings its own way; tr-TR has the dotless i.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            other = WriterHarness.Bytes(options, WriterFixtures.All());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal(invariant, WriterHarness.Bytes(options, WriterFixtures.All()));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(invariant, other);
    }

    [Theory]
    [MemberData(nameof(EveryTextFormatAndUnit))]
    public void Output_is_UTF8_without_BOM_or_CR(OutputFormat format, RecordUnit unit)
    {
        byte[] bytes = WriterHarness.Bytes(new WriterOptions(format, unit), WriterFixtures.All());

        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "output starts with a byte order mark");
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.Equal((byte)'\n', bytes[^1]);
        _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
    }

    [Theory]
    [MemberData(nameof(EveryTextFormatAndUnit))]
    public void Page_furniture_never_reaches_the_output(OutputFormat format, RecordUnit unit)
    {
        string output = WriterHarness.Text(new WriterOptions(format, unit) { IncludeTokens = true }, WriterFixtures.All());

        Assert.Contains("北京地铁", output, StringComparison.Ordinal);
        foreach (string furniture in WriterFixtures.FurnitureTexts)
        {
            Assert.DoesNotContain(furniture, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(EveryFormatAndUnit))]
    public void Flush_pushes_written_records_to_the_stream(OutputFormat format, RecordUnit unit)
    {
        using var stream = new MemoryStream();
        using var writer = RecordWriterFactory.Create(stream, new WriterOptions(format, unit), leaveOpen: true);

        writer.Write(WriterFixtures.Chinese());
        writer.Flush();

        Assert.Contains("城市交通报告", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(OutputFormat.Jsonl)]
    [InlineData(OutputFormat.Csv)]
    [InlineData(OutputFormat.Txt)]
    [InlineData(OutputFormat.Parquet)]
    public void Dispose_closes_the_stream_unless_asked_to_leave_it_open(OutputFormat format)
    {
        var options = new WriterOptions(format, RecordUnit.Document);
        var closed = new MemoryStream();
        var open = new MemoryStream();

        RecordWriterFactory.Create(closed, options).Dispose();
        RecordWriterFactory.Create(open, options, leaveOpen: true).Dispose();

        Assert.False(closed.CanWrite);
        Assert.True(open.CanWrite);
    }

    [Theory]
    [InlineData(OutputFormat.Jsonl)]
    [InlineData(OutputFormat.Csv)]
    [InlineData(OutputFormat.Txt)]
    public void A_disposed_writer_refuses_to_write_and_can_be_disposed_again(OutputFormat format)
    {
        var writer = RecordWriterFactory.Create(new MemoryStream(), new WriterOptions(format, RecordUnit.Paragraph));
        writer.Dispose();

        Assert.Throws<ObjectDisposedException>(() => writer.Write(WriterFixtures.RawEnglish()));
        Assert.Throws<ObjectDisposedException>(writer.Flush);
        writer.Dispose();
    }

    [Theory]
    [InlineData(OutputFormat.Jsonl)]
    [InlineData(OutputFormat.Csv)]
    [InlineData(OutputFormat.Txt)]
    public void Writing_null_is_an_argument_error(OutputFormat format)
    {
        using var writer = RecordWriterFactory.Create(new MemoryStream(), new WriterOptions(format, RecordUnit.Document));

        Assert.Throws<ArgumentNullException>(() => writer.Write(null!));
    }

    [Fact]
    public void Bad_arguments_are_rejected_before_anything_is_written()
    {
        var options = new WriterOptions(OutputFormat.Jsonl, RecordUnit.Document);
        using var readOnly = new MemoryStream([], writable: false);

        Assert.Throws<ArgumentNullException>(() => RecordWriterFactory.Create(null!, options));
        Assert.Throws<ArgumentNullException>(() => RecordWriterFactory.Create(new MemoryStream(), null!));
        Assert.Throws<ArgumentException>(() => RecordWriterFactory.Create(readOnly, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordWriterFactory.Create(new MemoryStream(), options with { Format = (OutputFormat)42 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordWriterFactory.Create(new MemoryStream(), options with { Unit = (RecordUnit)42 }));
    }

    [Fact]
    public void Every_content_block_kind_has_a_record_name_the_schema_lists()
    {
        var kinds = Enum.GetValues<BlockKind>().Where(k => k != BlockKind.PageFurniture).ToArray();
        var document = WriterFixtures.RawEnglish() with
        {
            Blocks = [.. kinds.Select(k => new Block(k, k.ToString()) { Level = k == BlockKind.Heading ? 3 : 0 })],
        };

        string output = WriterHarness.Text(OutputFormat.Jsonl, RecordUnit.Paragraph, document);

        SchemaAssert.ValidJsonLines(output, "paragraph.schema.json");
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFiles.PathOf("paragraph")));
        var schemaKinds = schema.RootElement.GetProperty("$defs").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        var written = WriterHarness.Lines(output).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("kind").GetString());
        Assert.Equal(schemaKinds.Order(StringComparer.Ordinal), written.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_edit_action_has_a_record_name_the_schema_lists()
    {
        var actions = Enum.GetValues<EditAction>();
        var document = WriterFixtures.RawEnglish() with
        {
            Edits = [.. actions.Select(a => new Edit("rule", a, "x", a == EditAction.Removed ? "" : "x", 0, 0))],
        };

        string output = WriterHarness.Text(OutputFormat.Jsonl, RecordUnit.Document, document);

        SchemaAssert.ValidJsonLines(output, "document");
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaFiles.PathOf("document")));
        var schemaActions = schema.RootElement.GetProperty("$defs").GetProperty("edit").GetProperty("properties")
            .GetProperty("action").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        var written = JsonDocument.Parse(output).RootElement.GetProperty("edits").EnumerateArray().Select(e => e.GetProperty("action").GetString());
        Assert.Equal(schemaActions, written);
    }

    [Fact]
    public void IncludeTokens_changes_nothing_in_CSV_and_TXT()
    {
        foreach (var format in new[] { OutputFormat.Csv, OutputFormat.Txt })
        {
            foreach (var unit in Enum.GetValues<RecordUnit>())
            {
                var plain = WriterHarness.Bytes(new WriterOptions(format, unit), WriterFixtures.All());
                var withTokens = WriterHarness.Bytes(new WriterOptions(format, unit) { IncludeTokens = true }, WriterFixtures.All());
                Assert.Equal(plain, withTokens);
            }
        }
    }
}
