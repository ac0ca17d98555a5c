using TextPipe.Language;

namespace TextPipe.Tests.Language;

public class WritingSystemsTests
{
    [Theory]
    [InlineData('a', WritingSystem.Latin)]
    [InlineData('ệ', WritingSystem.Latin)]
    [InlineData('ж', WritingSystem.Cyrillic)]
    [InlineData('ї', WritingSystem.Cyrillic)]
    [InlineData('ب', WritingSystem.Arabic)]
    [InlineData('λ', WritingSystem.Greek)]
    [InlineData('ש', WritingSystem.Hebrew)]
    [InlineData('क', WritingSystem.Devanagari)]
    [InlineData('ক', WritingSystem.Bengali)]
    [InlineData('ก', WritingSystem.Thai)]
    [InlineData('한', WritingSystem.Hangul)]
    [InlineData('か', WritingSystem.Kana)]
    [InlineData('中', WritingSystem.Han)]
    [InlineData('5', WritingSystem.None)]
    [InlineData('，', WritingSystem.None)]
    [InlineData('・', WritingSystem.None)]
    [InlineData('Ա', WritingSystem.Other)]
    public void Classifies_letters_by_script(char c, WritingSystem expected)
    {
        Assert.Equal(expected, WritingSystems.Of(c));
    }

    [Fact]
    public void Han_beyond_the_basic_plane_is_Han()
    {
        Assert.Equal(WritingSystem.Han, WritingSystems.Of(0x20BB7)); // 𠮷
    }
}
