using TextPipe.Readers.Subtitles;

namespace TextPipe.Tests.Readers.Subtitles;

public class CueParagraphsTests
{
    private static SubtitleCue Cue(double start, double end, string text, string? speaker = null) =>
        new(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), text, speaker);

    [Fact]
    public void A_long_talk_without_pauses_breaks_after_a_sentence_end_once_the_paragraph_is_long_enough()
    {
        var joiner = new CueParagraphs { SentenceBreakLength = 20 };
        var blocks = joiner.Join([Cue(0, 1, "Short one."), Cue(1, 2, "Still the first paragraph."), Cue(2, 3, "Second starts"), Cue(3, 4, "here.")]);

        Assert.Equal(["Short one. Still the first paragraph.", "Second starts here."], blocks.Select(b => b.Text));
    }

    [Fact]
    public void Without_any_sentence_end_the_hard_length_still_breaks()
    {
        var joiner = new CueParagraphs { SentenceBreakLength = 4, HardBreakLength = 8 };
        var blocks = joiner.Join([Cue(0, 1, "我们走吧"), Cue(1, 2, "快点"), Cue(2, 3, "来不及了")]);

        // Four CJK letters weigh eight: the second cue already starts a new paragraph.
        Assert.Equal(["我们走吧", "快点 来不及了"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_cue_without_a_speaker_continues_the_speakers_paragraph()
    {
        var blocks = CueParagraphs.Default.Join([Cue(0, 1, "Hi.", "Ann"), Cue(1, 2, "Hello."), Cue(2, 3, "Bye.", "Ann")]);

        var block = Assert.Single(blocks);
        Assert.Equal("Ann", block.Speaker);
    }

    [Theory]
    [InlineData("Done.", true)]
    [InlineData("« Vraiment ? »", false)]
    [InlineData("He said \"stop!\"", true)]
    [InlineData("好了。」", true)]
    [InlineData("and then", false)]
    [InlineData("3.5", false)]
    public void Sentence_ends_are_recognised_through_closing_quotes(string text, bool expected) =>
        Assert.Equal(expected, CueParagraphs.EndsSentence(text));
}
