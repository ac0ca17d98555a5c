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
}
