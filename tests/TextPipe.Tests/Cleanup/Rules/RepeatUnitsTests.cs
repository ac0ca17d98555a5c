using TextPipe.Cleanup.Rules;

namespace TextPipe.Tests.Cleanup.Rules;

/// <summary>Whitespace normalisation of repetition keys: a text already normal is returned itself, any other is rebuilt.</summary>
public class RepeatUnitsTests
{
    [Theory]
    [InlineData("Ordinary sentence of a paragraph here.")]
    [InlineData("这是一个句子。")]
    [InlineData("Une phrase en français, avec des espaces.")]
    [InlineData("x")]
    [InlineData("")]
    public void A_normal_text_is_its_own_key(string text)
    {
        Assert.Same(text, RepeatUnits.Normalise(text));
    }

    [Theory]
    [InlineData(" leading space", "leading space")]
    [InlineData("trailing space ", "trailing space")]
    [InlineData("two  spaces", "two spaces")]
    [InlineData("a\ttab", "a tab")]
    [InlineData("line\nbreak", "line break")]
    [InlineData("无\u3000间断", "无 间断")]
    [InlineData("non\u00A0breaking", "non breaking")]
    [InlineData(" \n ", "")]
    public void Other_whitespace_is_collapsed_as_before(string text, string expected)
    {
        Assert.Equal(expected, RepeatUnits.Normalise(text));
        Assert.Equal(expected, RepeatUnits.Normalise(text.AsSpan()));
    }

    [Theory]
    [InlineData("Roses are red\nViolets are blue\nSugar is sweet\nAnd so are you")]
    [InlineData("la la la\nthe night is long\nla la la\nthe sea is wide")]
    [InlineData("  one line  \n\ntwo line\none line\nthree line")]
    public void Four_short_lines_three_of_them_different_are_verse(string text)
    {
        Assert.True(RepeatUnits.IsVerse(text));
    }

    [Theory]
    [InlineData("the same line\nthe same line\nthe same line\nthe same line")]
    [InlineData("one line\nother line\none line\nother line\none line")]
    [InlineData("Roses are red\nViolets are blue\nSugar is sweet")]
    [InlineData("A single paragraph of prose that goes on and on for well over sixty characters in its first line\nand a second line that is just as long as the first one was, if not longer still than it\nshort\nlines")]
    [InlineData("")]
    public void A_loop_two_alternating_lines_fewer_than_four_lines_or_mostly_long_lines_are_not(string text)
    {
        Assert.False(RepeatUnits.IsVerse(text));
    }

    [Fact]
    public void A_million_lines_of_one_word_are_judged_without_a_string_per_line()
    {
        string text = string.Concat(Enumerable.Repeat("line\n", 1_000_000)) + "other\nthird";
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool verse = RepeatUnits.IsVerse(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(verse);
        Assert.True(allocated < 64 * 1024, $"{allocated:N0} bytes allocated");
    }
}
