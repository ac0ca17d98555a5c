using System.Text.Json;
using TextPipe.Cleanup.Rules;
using TextPipe.Tests.Cli;
using TextPipe.Text;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>
/// "Zalgo" text through the whole program: one letter under 500,000 combining marks, between ordinary documents. Every
/// stage (reader, unicode rule, language detection, sentences, Chinese words, writer) must be linear in the run: the
/// per-document time limit is the guard (a quadratic stage fails the document with a timeout error), nothing is
/// timed. Inputs are generated here.
/// </summary>
public class CombiningFloodEndToEndTests
{
    private const int Marks = 500_000;

    // Alternating classes 230 (acute above) and 220 (grave below): canonical reordering has to move every other mark.
    // The document holds two floods, each on its own line (a line over --max-line-chars would be refused).
    private static string Flood(char letter) =>
        letter + string.Create(Marks, 0, (span, _) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = i % 2 == 0 ? '\u0301' : '\u0316';
            }
        });

    private static int Count(string text, char c) => text.AsSpan().Count(c);

    [Theory]
    [InlineData("default")]
    [InlineData("no-unicode-rule")]
    [InlineData("sentences-and-tokens")]
    public void A_letter_under_half_a_million_marks_is_converted_whole_and_the_batch_goes_on(string setting)
    {
        using var temp = new TempFolder();
        string before = temp.File("a-before.txt", "The ferry leaves at dawn.");
        string flood = temp.File("b-flood.txt", "Le café ouvre. " + Flood('a') + " fin.\n中文句子" + Flood('中') + "还在。");
        string after = temp.File("c-after.txt", "The crew checks the ropes twice.");
        string[] extra = setting switch
        {
            "no-unicode-rule" => ["--rules", "-unicode"],
            "sentences-and-tokens" => ["--unit", "sentence", "--tokens"],
            _ => [],
        };

        var run = CliRun.Invoke(["convert", before, flood, after, "--jobs", "1", "--timeout-per-doc", "60", .. extra]);

        Assert.Equal("", run.Error.Trim());
        Assert.Equal(0, run.ExitCode);
        var records = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var fromFlood = records.Where(r => r.GetProperty("source").GetString() == flood).ToList();
        Assert.Contains(records, r => r.GetProperty("source").GetString() == before);
        Assert.Contains(records, r => r.GetProperty("source").GetString() == after);
        string text = string.Concat(fromFlood.Select(r => r.GetProperty("text").GetString()));
        // Every mark of class 220 is still there (those of class 230 after 'a' may compose: a + ́ = á).
        Assert.Equal(Marks, Count(text, '\u0316'));
        Assert.Contains("fin.", text, StringComparison.Ordinal);
        Assert.Contains("还在。", text, StringComparison.Ordinal);
        if (setting == "no-unicode-rule")
        {
            Assert.Equal(0, Count(text, StreamSafeNormalization.GraphemeJoiner));
            return;
        }
        // Stream-safe: a joiner after every 30 marks of each flood, and the document says so.
        Assert.Equal(2 * ((Marks - 1) / StreamSafeNormalization.MaxMarksInRun), Count(text, StreamSafeNormalization.GraphemeJoiner));
        if (setting == "default")
        {
            var flag = Assert.Single(fromFlood[0].GetProperty("flags").EnumerateArray(), f => f.GetProperty("code").GetString() == UnicodeRule.CombiningRunFlag);
            Assert.StartsWith("2 run(s)", flag.GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }
}
