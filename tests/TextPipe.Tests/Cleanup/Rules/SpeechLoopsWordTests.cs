using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>Word loops are found within a phrase (words with only spaces between), in every phrase of the text, the last one included.</summary>
public class SpeechLoopsWordTests
{
    private static List<string> Loops(string text)
    {
        var found = new TextRanges();
        SpeechLoops.FindWordLoops(text, found);
        return [.. found.ToRemovals().Select(r => text.Substring(r.Start, r.Length))];
    }

    [Fact]
    public void A_loop_in_the_first_in_a_middle_and_in_the_last_phrase_is_found()
    {
        string noise = string.Concat(Enumerable.Repeat("apple\nriver\n", 200));
        string text = "we can we can we can go\n" + noise + "the ferry the ferry the ferry left\n" + noise + "so then so then so then";
        Assert.Equal([" we can we can", " the ferry the ferry", " so then so then"], Loops(text));
    }

    [Fact]
    public void Repeats_across_line_breaks_or_punctuation_are_not_a_loop()
    {
        Assert.Empty(Loops("harbour\nharbour\nharbour\nharbour"));
        Assert.Empty(Loops("harbour, harbour, harbour, harbour."));
        Assert.Empty(Loops(string.Concat(Enumerable.Repeat("line\n", 10_000))));
    }
}
