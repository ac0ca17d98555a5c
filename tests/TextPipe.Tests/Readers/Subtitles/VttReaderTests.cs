using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Subtitles;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Subtitles;

public class VttReaderTests
{
    private static Document Read(string vtt) => new VttReader(ReaderOptions.Default).Read(Utf8(vtt), Source("talk.vtt"));

    [Fact]
    public void Header_note_style_and_region_blocks_are_skipped_and_settings_ignored()
    {
        var document = Read("""
            WEBVTT - a talk
            Kind: captions
            Language: en

            STYLE
            ::cue { color: yellow }

            REGION
            id:bill width:40%

            NOTE this is a comment
            spanning two lines

            intro
            00:01.000 --> 00:02.000 line:0 position:20% align:start
            Hello there.

            00:00:02.100 --> 00:00:03.000
            NOTE is a word here.
            """);

        var block = Assert.Single(document.Blocks);
        Assert.Equal("Hello there. NOTE is a word here.", block.Text);
        Assert.Equal(TimeSpan.FromSeconds(1), block.StartTime);
        Assert.Equal(TimeSpan.FromSeconds(3), block.EndTime);
        Assert.Equal("vtt", document.Metadata.Format);
    }

    [Fact]
    public void Voice_tags_name_the_speaker_and_a_new_speaker_starts_a_paragraph()
    {
        var document = Read("""
            WEBVTT

            00:01.000 --> 00:02.000
            <v.loud Anna Smith>Are you coming?</v>

            00:02.100 --> 00:03.000
            <v Anna Smith>It is late.

            00:03.100 --> 00:04.000
            <v Bob>Yes, wait.

            00:04.100 --> 00:05.000
            I am here.
            """);

        Assert.Equal(["Are you coming? It is late.", "Yes, wait. I am here."], document.Blocks.Select(b => b.Text));
        Assert.Equal(["Anna Smith", "Bob"], document.Blocks.Select(b => b.Speaker));
    }

    [Fact]
    public void Class_spans_karaoke_times_ruby_annotations_and_character_references_are_resolved()
    {
        var document = Read("""
            WEBVTT

            00:01.000 --> 00:02.000
            <c.yellow.bg_blue>Tom</c> &amp; <b>Jerry</b>&nbsp;<00:01.500>run &lt;fast&gt;
            <ruby>東京<rt>とうきょう</rt></ruby>へ
            """);

        Assert.Equal("Tom & Jerry\u00A0run <fast> 東京へ", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void A_block_without_a_timing_line_is_not_a_cue()
    {
        var document = Read("WEBVTT\n\nstray words\n\n00:01.000 --> 00:02.000\nReal cue.\n");

        Assert.Equal("Real cue.", Assert.Single(document.Blocks).Text);
        var flag = Assert.Single(document.Flags);
        Assert.Equal(("dropped-text", "vtt: 1 line outside any cue (no timing line) left out, first at line 3"), (flag.Code, flag.Message));
    }

    [Fact]
    public void Hours_over_99_and_cues_ending_before_they_start_are_read_as_given()
    {
        var document = Read("WEBVTT\n\n100:00:01.000 --> 100:00:00.500\nLate.\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal(TimeSpan.FromHours(100) + TimeSpan.FromSeconds(1), block.StartTime);
        Assert.Equal(TimeSpan.FromHours(100) + TimeSpan.FromMilliseconds(500), block.EndTime);
    }

    [Theory]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nan SRT file\n")]
    [InlineData("WEBVTTX\n\n00:01.000 --> 00:02.000\nlook-alike signature\n")]
    public void A_file_without_the_webvtt_signature_is_a_clear_error(string text)
    {
        var error = Assert.Throws<InputException>(() => Read(text));
        Assert.Contains("must start with 'WEBVTT'", error.Message);
    }

    [Fact]
    public void A_webvtt_file_without_cues_is_a_clear_error()
    {
        var error = Assert.Throws<InputException>(() => Read("WEBVTT\n\nNOTE nothing else\n"));
        Assert.Contains("without cues", error.Message);
    }
}
