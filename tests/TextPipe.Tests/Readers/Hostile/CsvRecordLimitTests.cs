using System.Text;
using TextPipe.Readers;
using TextPipe.Readers.Datasets;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>A CSV record longer than the line limit fails alone, without being held in memory; the rows after it are read.</summary>
public class CsvRecordLimitTests
{
    private static List<DatasetRow> Rows(string csv, int maxLineChars) =>
        [.. new CsvDatasetReader(ReaderOptions.Default with { MaxLineChars = maxLineChars })
            .ReadRows(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Source("corpus.csv"))];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void An_endless_cell_fails_its_row_naming_the_option_and_the_next_rows_are_read(bool quoted)
    {
        string endless = new('x', 50_000);
        string cell = quoted ? $"\"{endless},\n\"\"{endless}\"" : endless;
        var rows = Rows($"id,text\n1,Before.\n2,{cell}\n3,After.\n", maxLineChars: 10_000);

        Assert.Equal("Before.", rows[0].Read().Blocks[0].Text);
        var error = Assert.Throws<InputException>(() => rows[1].Read());
        Assert.Contains("over 10,000 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("--max-line-bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal("After.", rows[2].Read().Blocks[0].Text);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void A_record_just_within_the_limit_is_read_whole()
    {
        string cell = new('y', 9_990);
        var rows = Rows($"id,text\n1,{cell}\n", maxLineChars: 10_000);

        Assert.Equal(cell, rows[0].Read().Blocks[0].Text);
    }

    [Fact]
    public void An_endless_header_stops_the_file()
    {
        var error = Assert.Throws<InputException>(() => Rows("text" + new string('h', 20_000) + "\nrow\n", maxLineChars: 10_000));

        Assert.StartsWith("line 1: a CSV record over", error.Message, StringComparison.Ordinal);
    }
}
