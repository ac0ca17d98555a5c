using TextPipe.Segmentation.Chinese;

namespace TextPipe.Tests.Segmentation.Chinese;

public sealed class PersonNameJoinerTests
{
    private static readonly ChineseSegmenter Msr = new(new ChineseSegmenterOptions { Convention = ChineseWordConvention.Msr });
    private static readonly ChineseSegmenter Pku = new(new ChineseSegmenterOptions());

    [Theory]
    [InlineData("记者刘建华报道", "刘建华")]
    [InlineData("昨天李卫东来了", "李卫东")]
    [InlineData("会长陈晓峰表示", "陈晓峰")]
    [InlineData("老师赵文静说", "赵文静")]
    public void Msr_keeps_surname_and_given_name_as_one_word(string text, string name)
    {
        Assert.Contains(name, Msr.Cut(text));
    }

    [Theory]
    [InlineData("这个王国很大", "王国")]      // surname characters inside ordinary words
    [InlineData("大家都很高兴", "高兴")]
    [InlineData("世界需要和平", "和平")]
    [InlineData("老王说了不算", "说")]        // 说 cannot be a given name
    [InlineData("他姓李的朋友", "的")]
    public void Msr_does_not_make_names_of_ordinary_words(string text, string word)
    {
        Assert.Contains(word, Msr.Cut(text));
    }

    [Fact]
    public void Pku_default_leaves_names_to_the_dictionary_and_the_HMM()
    {
        Assert.DoesNotContain("刘建华", Pku.Cut("记者刘建华报道"));
    }
}
