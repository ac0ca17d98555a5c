using TextPipe.Readers.Html;

namespace TextPipe.Tests.Readers.Html;

public class ClassWordsTests
{
    [Theory]
    [InlineData("post-shareBar_top", new[] { "post", "share", "bar", "top" })]
    [InlineData("BBCNav main", new[] { "bbc", "nav", "main" })]
    [InlineData("comments2 widget--related", new[] { "comments", "widget", "related" })]
    [InlineData("shareholders", new[] { "shareholders" })]
    [InlineData("", new string[0])]
    [InlineData("--- 123", new string[0])]
    public void Splits_at_punctuation_digits_and_camel_humps(string value, string[] expected) =>
        Assert.Equal(expected, ClassWords.Split(value));
}
