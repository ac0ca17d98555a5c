using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Datasets;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Datasets;

public class JsonlDatasetReaderTests
{
    private static List<DatasetRow> Rows(string jsonl, string textField = "text") =>
        [.. new JsonlDatasetReader(ReaderOptions.Default with { TextField = textField })
            .ReadRows(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), Source("corpus.jsonl"))];

    [Fact]
    public void Each_row_is_a_document_with_its_line_and_its_other_fields_as_they_were()
    {
        var rows = Rows("{\"id\":7,\"text\":\"Premier.\\n\\nSecond.\",\"tags\":[\"a\",\"b\"],\"src\":\"\\u4e2d\"}\r\n\n{\"text\":\"中文。\"}\n");

        Assert.Equal([1L, 3L], rows.Select(r => r.Line));
        Document first = rows[0].Read();
        Assert.Equal(["Premier.", "Second."], first.Blocks.Select(b => b.Text));
        Assert.Equal(1, first.Metadata.Line);
        Assert.Equal("jsonl", first.Metadata.Format);
        Assert.Equal([new SourceField("id", "7"), new SourceField("tags", "[\"a\",\"b\"]"), new SourceField("src", "\"\\u4e2d\"")], first.Metadata.Fields);
        Assert.Empty(rows[1].Read().Metadata.Fields);
    }

    [Fact]
    public void Ids_come_from_source_and_line_so_equal_texts_get_different_stable_ids()
    {
        var rows = Rows("{\"text\":\"Même texte.\"}\n{\"text\":\"Même texte.\"}\n");
        var again = Rows("{\"text\":\"Même texte.\"}\n{\"text\":\"Même texte.\"}\n");

        Assert.NotEqual(rows[0].Read().Id, rows[1].Read().Id);
        Assert.Equal(rows[1].Read().Id, again[1].Read().Id);
    }

    [Fact]
    public void The_text_field_can_be_chosen_and_the_default_text_field_is_then_an_ordinary_field()
    {
        var document = Rows("{\"text\":\"ignored\",\"content\":\"Chosen.\"}\n", textField: "content")[0].Read();

        Assert.Equal("Chosen.", Assert.Single(document.Blocks).Text);
        Assert.Equal(new SourceField("text", "\"ignored\""), Assert.Single(document.Metadata.Fields));
    }

    [Theory]
    [InlineData("{\"text\": \"unclosed}", "invalid JSON")]
    [InlineData("[\"text\"]", "a JSON array, not an object")]
    [InlineData("{\"body\":\"x\"}", "no \"text\" field (choose the text field with --text-field)")]
    [InlineData("{\"text\":42}", "field \"text\" is a number, not a string")]
    [InlineData("{\"text\":\"  \\n \"}", "field \"text\" is empty")]
    public void A_bad_row_fails_alone_with_a_clear_reason(string badRow, string reason)
    {
        var rows = Rows("{\"text\":\"Good.\"}\n" + badRow + "\n{\"text\":\"Also good.\"}\n");

        Assert.Equal(3, rows.Count);
        var error = Assert.Throws<InputException>(() => rows[1].Read());
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("Also good.", rows[2].Read().Blocks[0].Text);
    }

    [Fact]
    public void An_empty_dataset_stops_the_input_with_a_clear_reason()
    {
        Assert.Contains("empty file", Assert.Throws<InputException>(() => Rows("\n \n")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100_000, true)]   // many buffers long
    [InlineData(3_990, false)]    // 4,001 bytes: just over 4 x 1000, the last line, no newline at the end
    public void An_oversized_row_fails_alone_and_the_rows_around_it_are_read(int size, bool rowsAfter)
    {
        var reader = new JsonlDatasetReader(ReaderOptions.Default with { MaxLineChars = 1000 });
        string big = "{\"text\":\"" + new string('a', size) + "\"}";
        string jsonl = "{\"text\":\"Before.\"}\r\n" + big + (rowsAfter ? "\n{\"text\":\"After.\"}\n\n{\"text\":\"Last.\"}\n" : "");

        var rows = reader.ReadRows(new MemoryStream(Encoding.UTF8.GetBytes(jsonl)), Source("x.jsonl")).ToList();

        Assert.Equal("Before.", rows[0].Read().Blocks[0].Text);
        Assert.Equal(2, rows[1].Line);
        var error = Assert.Throws<InputException>(() => rows[1].Read());
        Assert.Equal("a row over 4,000 bytes (raise --max-line-chars to read it)", error.Message);
        Assert.Equal(rowsAfter ? ["After.", "Last."] : [], rows.Skip(2).Select(r => r.Read().Blocks[0].Text));
        Assert.Equal(rowsAfter ? [3L, 5L] : [], rows.Skip(2).Select(r => r.Line));
    }

    [Fact]
    public void Read_whole_accepts_exactly_one_row_and_names_the_row_count_otherwise()
    {
        var reader = new JsonlDatasetReader(ReaderOptions.Default);

        Assert.Equal("One.", reader.Read(Utf8("{\"text\":\"One.\"}"), Source("one.jsonl")).Blocks[0].Text);
        var error = Assert.Throws<InputException>(() => reader.Read(Utf8("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), Source("two.jsonl")));
        Assert.Contains("dataset of 2 rows", error.Message, StringComparison.Ordinal);
    }
}
