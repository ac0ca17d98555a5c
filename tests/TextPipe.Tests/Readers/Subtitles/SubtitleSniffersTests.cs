using TextPipe.Readers;
using TextPipe.Readers.Subtitles;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Subtitles;

public class SubtitleSniffersTests
{
    private static FormatDetection Detect(string text, string path) =>
        new FormatDetector(ReaderRegistry.CreateDefault(ReaderOptions.Default), ReaderOptions.Default).Detect(Utf8(text), Source(path));

    [Theory]
    [InlineData("1\n00:00:01,000 --> 00:00:02,000\nHi\n", true)]
    [InlineData("\n\n12\r\n00:00:01,000 --> 00:00:02,000\r\nHi\r\n", true)]
    [InlineData("2024\nwas a good year --> really\n", false)]
    [InlineData("1\nHello\n00:00:01,000 --> 00:00:02,000\n", false)]
    [InlineData("00:00:01,000 --> 00:00:02,000\n", false)]
    public void Srt_is_recognised_by_a_number_line_then_a_timing_line(string text, bool expected) =>
        Assert.Equal(expected, new SrtSniffer().Matches(text, out _));

    [Theory]
    [InlineData("WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", true)]
    [InlineData("\uFEFFWEBVTT Kind: captions\n", true)]
    [InlineData("WEBVTTs are files\n", false)]
    [InlineData("Some text about WEBVTT\n", false)]
    public void Vtt_is_recognised_by_its_signature(string text, bool expected) =>
        Assert.Equal(expected, new VttSniffer().Matches(text, out _));

    [Theory]
    [InlineData("captions.txt", "1\n00:00:01,000 --> 00:00:02,000\nHi\n", "srt")]
    [InlineData("captions", "WEBVTT\n\n00:01.000 --> 00:02.000\nHi\n", "vtt")]
    [InlineData("captions.txt", "Just words.\n", "text")]
    public void Plain_text_inputs_that_are_subtitles_are_upgraded_by_content(string path, string text, string format)
    {
        var detection = Detect(text, path);
        Assert.Equal(format, detection.Format);
    }

    [Fact]
    public void Subtitle_extensions_select_their_readers()
    {
        Assert.Equal(("srt", DetectionMethod.Extension), (Detect("x", "a.SRT").Format, Detect("x", "a.SRT").Method));
        Assert.Equal("vtt", Detect("x", "b.vtt").Format);
    }
}
