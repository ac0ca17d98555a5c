using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>
/// Precision and recall of the repetition rule on documents written for it (tests/…/RepetitionCorpus): keep/
/// holds real repetition — a novel's chapter headings and dialogue, a manual's section labels, songs with a
/// refrain, contracts with repeated clauses and signature blocks, text tables, code, one text under several
/// language headings — in zh, en and fr, none of which may be removed; loops/ holds speech and scrape loops
/// (sentences and phrases said three times, a paragraph or a group of paragraphs pasted twice, a line
/// repeated) with the text a reader should get (*.clean.txt). Not timed.
/// </summary>
public class RepetitionCorpusTests
{
    private static readonly RepetitionRule Rule = new();

    private static string Folder(string name) => Path.Combine(RepoPaths.Root, "tests", "TextPipe.Tests", "Cleanup", "Rules", "RepetitionCorpus", name);

    private static Document Clean(string path)
    {
        string text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        var paragraphs = text.Split("\n\n").Select(p => p.Trim('\n')).Where(p => p.Length > 0).ToArray();
        return RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs));
    }

    public static TheoryData<string> KeepDocuments() => [.. Directory.GetFiles(Folder("keep"), "*.txt").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> LoopDocuments() =>
        [.. Directory.GetFiles(Folder("loops"), "*.txt").Where(f => !f.EndsWith(".clean.txt", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(KeepDocuments))]
    public void Real_repetition_is_never_removed(string file)
    {
        var cleaned = Clean(Path.Combine(Folder("keep"), file));
        var removed = cleaned.Edits.Where(e => e.Action != EditAction.Flagged).ToList();
        Assert.True(removed.Count == 0, $"{file}: removed {string.Join(" | ", removed.Select(e => $"'{e.Original}' ({e.Note})"))}");
    }

    [Theory]
    [MemberData(nameof(LoopDocuments))]
    public void Loops_are_removed_and_nothing_else(string file)
    {
        var cleaned = Clean(Path.Combine(Folder("loops"), file));
        string expected = File.ReadAllText(Path.Combine(Folder("loops"), Path.ChangeExtension(file, ".clean.txt"))).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n');
        Assert.Equal(expected, cleaned.Text);
    }

    [Fact]
    public void Precision_and_recall_over_the_corpus()
    {
        // Removed characters that were loop copies (recall) against removed characters that were content (precision).
        int loopChars = 0, loopCharsRemoved = 0, wrongCharsRemoved = 0, keepFlags = 0, keepDocs = 0, loopDocs = 0;
        foreach (string file in Directory.GetFiles(Folder("keep"), "*.txt"))
        {
            var cleaned = Clean(file);
            keepDocs++;
            wrongCharsRemoved += cleaned.Edits.Where(e => e.Action == EditAction.Removed).Sum(e => e.Original.Length);
            keepFlags += cleaned.Edits.Count(e => e.Action == EditAction.Flagged);
        }
        foreach (string file in Directory.GetFiles(Folder("loops"), "*.txt").Where(f => !f.EndsWith(".clean.txt", StringComparison.Ordinal)))
        {
            loopDocs++;
            string input = File.ReadAllText(file).TrimEnd('\n');
            string expected = File.ReadAllText(Path.ChangeExtension(file, ".clean.txt")).TrimEnd('\n');
            var cleaned = Clean(file);
            int planted = input.Length - expected.Length;
            int removed = input.Length - cleaned.Text.Length;
            loopChars += planted;
            // A removal beyond the planted copies, or a wrong text, is content lost.
            bool exact = cleaned.Text == expected;
            loopCharsRemoved += exact ? planted : 0;
            wrongCharsRemoved += exact ? 0 : Math.Max(0, removed - planted);
        }
        double recall = (double)loopCharsRemoved / loopChars;
        double precision = loopCharsRemoved + wrongCharsRemoved == 0 ? 1 : (double)loopCharsRemoved / (loopCharsRemoved + wrongCharsRemoved);
        TestContext.Current.TestOutputHelper?.WriteLine($"keep documents {keepDocs} (flags {keepFlags}), loop documents {loopDocs}; precision {precision:0.000}, recall {recall:0.000} (characters)");
        Assert.True(keepDocs >= 15 && loopDocs >= 6);
        Assert.Equal(1.0, precision);
        Assert.Equal(1.0, recall);
    }
}
