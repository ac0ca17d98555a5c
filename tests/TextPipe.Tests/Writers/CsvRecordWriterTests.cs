using System.Globalization;
using CsvHelper;
using TextPipe.Documents;
using TextPipe.Writers;

namespace TextPipe.Tests.Writers;

public class CsvRecordWriterTests
{
    private static (string[] Header, List<string[]> Rows) ReadBack(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, null);
        string[] header = [.. reader.Headers];
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }
        return (header, rows);
    }

    private static (string[] Header, List<string[]> Rows) Write(RecordUnit unit, params Document[] documents) =>
        ReadBack(WriterHarness.Bytes(new WriterOptions(OutputFormat.Csv, unit), documents));

    [Fact]
    public void Document_unit_has_the_documented_columns_and_one_row_per_document()
    {
        var (header, rows) = Write(RecordUnit.Document, WriterFixtures.All());

        Assert.Equal(["id", "source", "format", "encoding", "lang", "title", "text", "chars_in", "chars_out", "edits", "flags"], header);
        Assert.Equal(3, rows.Count);
        var zh = WriterFixtures.Chinese();
        Assert.Equal(
            [zh.Id, "报告/交通.pdf", "pdf", "", "zh", "城市交通报告", zh.Text, "140", TextMeasure.CountChars(zh.Text).ToString(CultureInfo.InvariantCulture), "3", "2"],
            rows[0]);
    }

    [Fact]
    public void Multi_line_text_with_quotes_commas_and_edge_spaces_round_trips()
    {
        var documents = WriterFixtures.All();
        var (_, rows) = Write(RecordUnit.Document, documents);

        Assert.Equal(documents.Select(d => d.Text), rows.Select(r => r[6]));
        Assert.Contains("\n", rows[1][6], StringComparison.Ordinal);
        Assert.Contains("\"non\", puis", rows[1][6], StringComparison.Ordinal);
        Assert.EndsWith(WriterFixtures.FrenchCell, rows[1][6], StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_unit_writes_content_blocks_only_with_their_kind_and_page()
    {
        var (header, rows) = Write(RecordUnit.Paragraph, WriterFixtures.Chinese(), WriterFixtures.French());

        Assert.Equal(["doc_id", "source", "index", "kind", "page", "lang", "text"], header);
        Assert.Equal(10, rows.Count);
        var zh = WriterFixtures.Chinese();
        Assert.Equal([zh.Id, "报告/交通.pdf", "1", "paragraph", "1", "zh", WriterFixtures.ChineseBody], rows[1]);
        Assert.Equal(["0", "1", "2", "3", "0", "1", "2", "3", "4", "5"], rows.Select(r => r[2]));
        // No page: empty field. Text with a leading space keeps it.
        Assert.Equal("", rows[9][4]);
        Assert.Equal(WriterFixtures.FrenchCell, rows[9][6]);
        Assert.Equal(WriterFixtures.FrenchBody, rows[5][6]);
        Assert.Equal("table_cell", rows[9][3]);
    }

    [Fact]
    public void Sentence_unit_matches_the_JSONL_sentence_numbering()
    {
        var documents = WriterFixtures.All();
        var (header, rows) = Write(RecordUnit.Sentence, documents);
        var jsonl = WriterHarness.Lines(WriterHarness.Text(OutputFormat.Jsonl, RecordUnit.Sentence, documents))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .ToArray();

        Assert.Equal(["doc_id", "source", "paragraph", "index", "lang", "text"], header);
        Assert.Equal(jsonl.Length, rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(jsonl[i].GetProperty("paragraph").GetInt32().ToString(CultureInfo.InvariantCulture), rows[i][2]);
            Assert.Equal(jsonl[i].GetProperty("index").GetInt32().ToString(CultureInfo.InvariantCulture), rows[i][3]);
            Assert.Equal(jsonl[i].GetProperty("lang").GetString() ?? "", rows[i][4]);
            Assert.Equal(jsonl[i].GetProperty("text").GetString(), rows[i][5]);
        }
    }

    [Fact]
    public void Header_is_written_once_per_writer_even_with_no_documents()
    {
        string empty = WriterHarness.Text(OutputFormat.Csv, RecordUnit.Sentence);
        string two = WriterHarness.Text(OutputFormat.Csv, RecordUnit.Paragraph, WriterFixtures.RawEnglish(), WriterFixtures.RawEnglish());

        Assert.Equal("doc_id,source,paragraph,index,lang,text\n", empty);
        Assert.Single(two.Split('\n'), line => line == "doc_id,source,index,kind,page,lang,text");
        Assert.StartsWith("doc_id,source,index,kind,page,lang,text\n", two, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_end_with_LF_and_multi_line_fields_are_quoted()
    {
        string csv = WriterHarness.Text(OutputFormat.Csv, RecordUnit.Paragraph, WriterFixtures.RawEnglish());

        var en = WriterFixtures.RawEnglish();
        Assert.Equal(
            "doc_id,source,index,kind,page,lang,text\n" +
            $"{en.Id},-,0,paragraph,,,\"Plain text, no stages run.\nA second line.\"\n" +
            $"{en.Id},-,1,paragraph,,,\n" +
            $"{en.Id},-,2,paragraph,,,\"   \"\n" +
            $"{en.Id},-,3,paragraph,,,Last paragraph.\n",
            csv);
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_not_changed()
    {
        var document = WriterFixtures.RawEnglish() with { Blocks = [new Block(BlockKind.Paragraph, "=SUM(A1:A2)")] };

        var (_, rows) = Write(RecordUnit.Paragraph, document);

        Assert.Equal("=SUM(A1:A2)", rows[0][6]);
    }
}
