using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Subtitles;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Subtitles;

public class SrtReaderTests
{
    private static Document Read(string srt) => new SrtReader(ReaderOptions.Default).Read(Utf8(srt), Source("talk.srt"));

    [Fact]
    public void A_timing_line_with_digits_of_another_script_is_not_a_timing_and_does_not_throw()
    {
        // The afl finding's shape: bytes decoded as Thai made a digit of the timing a Thai digit (๑), which the pattern's
        // \d matched and int.Parse refused. Timings are ASCII digits; that line is text of the cue before it.
        var document = Read("1\n00:00:01,000 --> 00:00:02,500\nThe ferry leaves\n\n2\n๑0:00:03,000 --> 00:00:04,000\nevery day.\n");

        Assert.Contains("The ferry leaves", document.Text, StringComparison.Ordinal);
        Assert.Contains("every day.", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cues_close_together_join_into_one_timed_paragraph_with_lines_joined_by_spaces()
    {
        var document = Read("1\n00:00:01,000 --> 00:00:02,500\nThe ferry leaves\nat six,\n\n2\n00:00:02,600 --> 00:00:04,000\nevery day.\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal("The ferry leaves at six, every day.", block.Text);
        Assert.Equal(TimeSpan.FromSeconds(1), block.StartTime);
        Assert.Equal(TimeSpan.FromSeconds(4), block.EndTime);
        Assert.Equal("srt", document.Metadata.Format);
    }

    [Fact]
    public void A_pause_of_two_seconds_starts_a_new_paragraph_and_a_shorter_one_does_not()
    {
        var document = Read(
            "1\n00:00:01,000 --> 00:00:02,000\nFirst.\n\n2\n00:00:03,900 --> 00:00:05,000\nStill first.\n\n"
            + "3\n00:00:07,000 --> 00:00:08,000\nSecond.\n");

        Assert.Equal(["First. Still first.", "Second."], document.Blocks.Select(b => b.Text));
        Assert.Equal(TimeSpan.FromSeconds(7), document.Blocks[1].StartTime);
    }

    [Fact]
    public void Html_tags_and_ssa_overrides_are_stripped_but_a_lone_less_than_stays()
    {
        var document = Read("1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>Look</i> <font color=\"#ffff00\">up</font>: 3 < 4\n");

        Assert.Equal("Look up: 3 < 4", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Missing_numbers_missing_blank_lines_and_blank_lines_inside_a_cue_are_read()
    {
        var document = Read(
            "00:00:01,000 --> 00:00:02,000\nNo number here\n\nand a blank line inside.\n"
            + "2\n00:00:02,100 --> 00:00:03,000\nNo blank line before me.\n");

        Assert.Equal("No number here and a blank line inside. No blank line before me.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void A_cue_text_that_is_only_a_number_is_kept_when_no_timing_line_follows()
    {
        var document = Read("1\n00:00:01,000 --> 00:00:02,000\nThe answer is\n42\n");

        Assert.Equal("The answer is 42", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Crlf_files_with_a_byte_order_mark_and_dot_decimal_marks_are_read()
    {
        var document = Read("\uFEFF1\r\n00:00:01.5 --> 00:00:02.25\r\nBonjour.\r\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal("Bonjour.", block.Text);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), block.StartTime);
        Assert.Equal(TimeSpan.FromMilliseconds(2250), block.EndTime);
    }

    [Fact]
    public void Chinese_lines_join_without_a_space_after_punctuation_and_with_one_between_bare_phrases()
    {
        var document = Read("1\n00:00:01,000 --> 00:00:02,000\n我小时候坐船上学\n风大就停航\n\n2\n00:00:02,100 --> 00:00:03,000\n现在也是。\n\n3\n00:00:03,100 --> 00:00:04,000\n真的\n");

        Assert.Equal("我小时候坐船上学 风大就停航 现在也是。真的", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void A_cue_with_only_markup_adds_no_text()
    {
        var document = Read("1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:02,100 --> 00:00:03,000\nWords.\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal("Words.", block.Text);
        Assert.Equal(TimeSpan.FromMilliseconds(2100), block.StartTime);
    }

    [Theory]
    [InlineData("Just some prose.\nWith two lines.\n")]
    [InlineData("1\n00:00:01 --> 00:00:02\nno milliseconds\n")]
    [InlineData("1\n00:00:01,000 -> 00:00:02,000\nwrong arrow\n")]
    public void Text_without_a_timing_line_is_a_clear_error(string text)
    {
        var error = Assert.Throws<InputException>(() => Read(text));
        Assert.Contains("no cue timing line", error.Message);
    }

    [Fact]
    public void An_empty_file_is_a_clear_error()
    {
        var error = Assert.Throws<InputException>(() => Read(""));
        Assert.Contains("empty", error.Message);
    }
}
