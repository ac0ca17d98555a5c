namespace TextPipe.Tests.Golden;

/// <summary>
/// The reviewed verdicts on the real corpus's edits (samples/real/review/edits-reviewed.tsv, read by the bench's
/// edits command) stay well-formed: a header, seven columns, a known file, a verdict of noise or text, a reason.
/// </summary>
public class RealCorpusReviewFileTests
{
    private static readonly string ReviewFile = Path.Combine(RealCorpus.Folder, "review", "edits-reviewed.tsv");

    [Fact]
    public void Every_verdict_row_names_a_corpus_file_a_verdict_and_a_reason()
    {
        var lines = File.ReadAllLines(ReviewFile);
        var files = RealCorpus.Files().ToHashSet(StringComparer.Ordinal);

        Assert.Equal("file\trule\taction\toriginal\toccurrence\tverdict\tnote", lines[0]);
        Assert.True(lines.Length > 1);
        foreach (var (line, number) in lines.Skip(1).Select((line, i) => (line, i + 2)))
        {
            var cells = line.Split('\t');
            Assert.True(cells.Length == 7, $"line {number}: {cells.Length} columns");
            Assert.True(files.Contains(cells[0]), $"line {number}: {cells[0]} is not in sources.tsv");
            Assert.True(cells[2] is "removed" or "replaced", $"line {number}: action {cells[2]}");
            Assert.True(cells[4] == "*" || int.TryParse(cells[4], out int occurrence) && occurrence > 0, $"line {number}: occurrence {cells[4]}");
            Assert.True(cells[5] is "noise" or "text", $"line {number}: verdict {cells[5]}");
            Assert.False(string.IsNullOrWhiteSpace(cells[6]), $"line {number}: no reason given");
        }
    }

    [Fact]
    public void No_edit_is_judged_twice()
    {
        var keys = File.ReadLines(ReviewFile).Skip(1).Select(line => string.Join('\t', line.Split('\t').Take(5))).ToList();

        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
    }
}
