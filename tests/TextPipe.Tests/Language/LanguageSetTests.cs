using TextPipe.Language;

namespace TextPipe.Tests.Language;

public class LanguageSetTests
{
    [Fact]
    public void Parses_a_comma_list_and_matches_on_the_primary_subtag()
    {
        var set = LanguageSet.Parse(" zh, EN ,fr");
        Assert.True(set.Contains("zh-Hant"));
        Assert.True(set.Contains("en"));
        Assert.False(set.Contains("de"));
        Assert.Equal("en,fr,zh", set.ToString());
    }

    [Fact]
    public void An_empty_list_is_refused()
    {
        Assert.Throws<ArgumentException>(() => LanguageSet.Parse(" , "));
    }
}
