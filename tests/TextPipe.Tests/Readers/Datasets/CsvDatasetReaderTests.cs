using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Datasets;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Datasets;

public class CsvDatasetReaderTests
{
    private static List<DatasetRow> Rows(string csv, string textField = "text") =>
        [.. new CsvDatasetReader(ReaderOptions.Default with { TextField = textField })
            .ReadRows(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Source("corpus.csv"))];

    [Fact]
    public void Quoted_cells_with_commas_quotes_and_line_breaks_are_read_and_lines_counted_through_them()
    {
        var rows = Rows("\uFEFFid,text,note\r\n1,\"Un, deux \"\"trois\"\"\nquatre.\",x\r\n2,Simple.,\"y, z\"\r\n");

        Assert.Equal([2L, 4L], rows.Select(r => r.Line));
        var first = rows[0].Read();
        Assert.Equal("Un, deux \"trois\"\nquatre.", Assert.Single(first.Blocks).Text);
        Assert.Equal([new SourceField("id", "\"1\""), new SourceField("note", "\"x\"")], first.Metadata.Fields);
        Assert.Equal(new SourceField("note", "\"y, z\""), rows[1].Read().Metadata.Fields[1]);
    }

    [Fact]
    public void Other_cells_become_JSON_strings_with_only_what_JSON_requires_escaped()
    {
        // Letters of any script and HTML-like characters stay as they are (readable meta); quotes, backslashes
        // and control characters are escaped so the value is a valid JSON string.
        var rows = Rows("text,note\nCorps.,\"été 中文 <b>&'+ \"\"q\"\" a\\b\ttab\u0001\"\n");

        Assert.Equal(new SourceField("note", "\"été 中文 <b>&'+ \\\"q\\\" a\\\\b\\ttab\\u0001\""), Assert.Single(rows[0].Read().Metadata.Fields));
    }

    [Fact]
    public void The_text_column_can_be_chosen_and_a_missing_one_lists_the_columns()
    {
        Assert.Equal("Corps.", Rows("titre,corps\nT,Corps.\n", textField: "corps")[0].Read().Blocks[0].Text);

        var error = Assert.Throws<InputException>(() => Rows("titre,corps\nT,Corps.\n"));
        Assert.Equal("no \"text\" column (columns: titre, corps; choose one with --text-field)", error.Message);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_cells_fails_alone()
    {
        var rows = Rows("id,text\n1,Good.\n2,Bad,extra\n3,Good too.\n");

        Assert.Equal("3 cells where the header has 2", Assert.Throws<InputException>(() => rows[1].Read()).Message);
        Assert.Equal("Good too.", rows[2].Read().Blocks[0].Text);
    }

    [Fact]
    public void An_unclosed_quote_and_an_empty_file_stop_the_input_with_a_clear_reason()
    {
        var unclosed = Assert.Throws<InputException>(() => Rows("id,text\n1,\"never closed\n2,x\n"));
        Assert.Equal("line 2: a quoted CSV cell is never closed", unclosed.Message);
        Assert.Contains("empty file", Assert.Throws<InputException>(() => Rows("")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_inside_an_unquoted_cell_is_kept_as_a_character()
    {
        Assert.Equal("He said \"hi\"", Rows("text\nHe said \"hi\"\n")[0].Read().Blocks[0].Text);
    }
}
