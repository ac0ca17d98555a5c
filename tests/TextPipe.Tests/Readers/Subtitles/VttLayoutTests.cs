using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Subtitles;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Subtitles;

/// <summary>WebVTT as real tools write it: automatic rolling captions, cues without blank lines between them, bracketed speaker names.</summary>
public class VttLayoutTests
{
    private static Document Read(string vtt) => new VttReader(ReaderOptions.Default).Read(Utf8(vtt), Source("talk.vtt"));

    /// <summary>Written for this test in the style of YouTube's automatic captions: a line of spaces after the timing, inline word times, each cue repeating the line before, 10 ms snapshot cues.</summary>
    private const string AutoCaptions = """
        WEBVTT
        Kind: captions
        Language: en

        00:00:00.030 --> 00:00:02.270 align:start position:0%
         
        welcome<00:00:00.359><c> back</c><00:00:00.780><c> to</c><00:00:01.020><c> the</c><00:00:01.260><c> harbour</c>

        00:00:02.270 --> 00:00:02.280 align:start position:0%
        welcome back to the harbour
         

        00:00:02.280 --> 00:00:05.150 align:start position:0%
        welcome back to the harbour
        today<00:00:02.639><c> we</c><00:00:02.879><c> look</c><00:00:03.120><c> at</c><00:00:03.500><c> the</c><00:00:03.900><c> tides</c>

        00:00:05.150 --> 00:00:05.160 align:start position:0%
        today we look at the tides
         

        00:00:05.160 --> 00:00:07.400 align:start position:0%
        today we look at the tides
        and<00:00:05.500><c> why</c><00:00:05.900><c> the</c><00:00:06.200><c> boats</c><00:00:06.600><c> wait</c>

        00:00:07.400 --> 00:00:07.410 align:start position:0%
        and why the boats wait
         
        """;

    [Fact]
    public void Rolling_auto_captions_give_each_line_once_and_no_timing_line()
    {
        var document = Read(AutoCaptions);

        var block = Assert.Single(document.Blocks);
        Assert.Equal("welcome back to the harbour today we look at the tides and why the boats wait", block.Text);
        Assert.Equal(TimeSpan.FromMilliseconds(30), block.StartTime);
        var flag = Assert.Single(document.Flags);
        Assert.Equal("rolling-captions", flag.Code);
        Assert.Equal("vtt: rolling captions; 5 repeated lines shown once", flag.Message);
    }

    [Fact]
    public void Chinese_rolling_captions_are_shown_once_too()
    {
        var document = Read("""
            WEBVTT

            00:00:01.000 --> 00:00:03.000 align:start position:0%
            今天我们来谈谈

            00:00:03.000 --> 00:00:03.010 align:start position:0%
            今天我们来谈谈

            00:00:03.010 --> 00:00:05.000 align:start position:0%
            今天我们来谈谈
            港口的<00:00:03.500><c>未来</c>
            """);

        Assert.Equal("今天我们来谈谈 港口的未来", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Cues_without_blank_lines_between_them_are_still_cut_at_each_timing_line()
    {
        var document = Read("""
            WEBVTT
            00:05:01.000 --> 00:05:04.080 align:start position:0%
            La marée monte vite.
            00:05:04.080 --> 00:05:05.069 align:start position:0%
            Les bateaux attendent.
            7
            00:05:05.100 --> 00:05:06.000
            Puis ils partent.
            """);

        var block = Assert.Single(document.Blocks);
        Assert.Equal("La marée monte vite. Les bateaux attendent. Puis ils partent.", block.Text);
        Assert.DoesNotContain("-->", block.Text, StringComparison.Ordinal);
        Assert.Empty(document.Flags); // "7" is the third cue's identifier
    }

    [Fact]
    public void Speech_repeated_in_cues_long_enough_to_read_stays()
    {
        var document = Read("""
            WEBVTT

            00:01.000 --> 00:02.000
            No.

            00:02.000 --> 00:03.000
            No.

            00:03.000 --> 00:04.500
            Nein, wirklich nicht.
            """);

        Assert.Equal("No. No. Nein, wirklich nicht.", Assert.Single(document.Blocks).Text);
        Assert.Empty(document.Flags);
    }

    [Fact]
    public void A_bracketed_name_before_speech_becomes_the_speaker()
    {
        var document = Read("""
            WEBVTT

            00:01.000 --> 00:02.000
            [Alba] ¿Dónde estabas?

            00:02.100 --> 00:03.000
            Te estuve buscando.

            00:03.100 --> 00:04.000
            -[Ana María] En el puerto.
            """);

        Assert.Equal(["¿Dónde estabas? Te estuve buscando.", "En el puerto."], document.Blocks.Select(b => b.Text));
        Assert.Equal(["Alba", "Ana María"], document.Blocks.Select(b => b.Speaker));
    }

    [Theory]
    [InlineData("[música suave] Hola.")]
    [InlineData("[LAUGHS] That is funny.")]
    [InlineData("[Alba]")]
    [InlineData("[1] Voir la note.")]
    [InlineData("Il a dit [Alba] deux fois.")]
    public void Look_alikes_of_a_bracketed_speaker_stay_in_the_text(string line)
    {
        var document = Read($"WEBVTT\n\n00:01.000 --> 00:02.000\n{line}\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal(line, block.Text);
        Assert.Null(block.Speaker);
    }

    [Fact]
    public void A_cue_naming_two_speakers_is_left_as_it_is()
    {
        var document = Read("WEBVTT\n\n00:01.000 --> 00:02.000\n-[Alba] ¿Vienes?\n-[Tokio] Ya voy.\n");

        var block = Assert.Single(document.Blocks);
        Assert.Equal("-[Alba] ¿Vienes? -[Tokio] Ya voy.", block.Text);
        Assert.Null(block.Speaker);
    }
}
