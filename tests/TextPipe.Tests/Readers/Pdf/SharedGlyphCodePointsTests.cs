using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class SharedGlyphCodePointsTests
{
    [Theory]
    [InlineData("乡村振兴・科技赋能", "乡村振兴·科技赋能")]
    [InlineData("アイ・ラブ", "アイ・ラブ")] // katakana around: Japanese, left alone
    [InlineData("東京・大阪のカレー", "東京・大阪のカレー")] // Han neighbours but kana in the line: Japanese
    [InlineData("a・b", "a・b")]
    [InlineData("没有点", "没有点")]
    public void The_katakana_middle_dot_becomes_the_interpunct_only_in_chinese(string line, string expected) =>
        Assert.Equal(expected, SharedGlyphCodePoints.Resolve(line));
}
