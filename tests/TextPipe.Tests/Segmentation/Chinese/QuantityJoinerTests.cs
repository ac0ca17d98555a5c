using TextPipe.Segmentation.Chinese;

namespace TextPipe.Tests.Segmentation.Chinese;

public sealed class QuantityJoinerTests
{
    private static readonly ChineseSegmenter Msr = new(new ChineseSegmenterOptions { Convention = ChineseWordConvention.Msr });
    private static readonly ChineseSegmenter Pku = new(new ChineseSegmenterOptions());

    [Theory]
    [InlineData("他于1995年6月29日出生", "1995年6月29日")]
    [InlineData("会议在２００１年１２月召开", "２００１年１２月")]
    [InlineData("一九九八年十二月三十一日", "一九九八年十二月三十一日")]
    [InlineData("比赛下午3时开始", "下午3时")]
    [InlineData("今年5月27日晴", "今年5月27日")]
    [InlineData("列车１５时０１分到站", "１５时０１分")]
    [InlineData("１９９３年５月末完工", "１９９３年５月末")]
    [InlineData("今年１１月上旬", "今年１１月上旬")]
    [InlineData("１０点钟开会", "１０点钟")]
    public void Msr_keeps_a_full_date_or_time_as_one_word(string text, string date)
    {
        Assert.Contains(date, Msr.Cut(text));
    }

    [Theory]
    [InlineData("投资560万元建厂", "560万元")]
    [InlineData("共有３万多个村庄", "３万多个")]
    [InlineData("他今年25岁", "25岁")]
    [InlineData("召开第十五届大会", "第十五届")]
    [InlineData("修了１２００公里公路", "１２００公里")]
    [InlineData("投入３０００余万元。", "３０００余万元")]     // magnitude between the number and the unit
    [InlineData("下降５.５个百分点", "５.５个百分点")]
    [InlineData("达到６５０亿元人民币", "６５０亿元人民币")]
    public void Msr_joins_a_number_with_its_measure_word(string text, string quantity)
    {
        Assert.Contains(quantity, Msr.Cut(text));
    }

    [Fact]
    public void Pku_default_keeps_dates_and_quantities_split()
    {
        var words = Pku.Cut("他于1995年6月29日投资560万元");
        Assert.Contains("1995年", words);
        Assert.Contains("6月", words);
        Assert.Contains("560万", words);
        Assert.Contains("元", words);
    }

    [Theory]
    [InlineData("家人都来了", "家人")]          // a measure word's character in an ordinary word
    [InlineData("我们的人民", "人民")]
    [InlineData("今年是个好年", "今年")]        // 今年 without a date after it stays alone
    [InlineData("上午开会", "上午")]
    [InlineData("第三世界国家", "第三世界")]     // an ordinal without a unit is left to the dictionary
    public void Msr_leaves_words_without_a_number_alone(string text, string word)
    {
        Assert.Contains(word, Msr.Cut(text));
    }

    [Fact]
    public void Msr_does_not_chain_time_words_out_of_order()
    {
        // 5日 then 3月 is not one date: a day cannot be followed by its month.
        var words = Msr.Cut("5日3月");
        Assert.DoesNotContain("5日3月", words);
    }

    [Fact]
    public void Clock_completes_only_an_hour()
    {
        Assert.DoesNotContain("5月钟", Msr.Cut("5月钟声响起"));
    }

    [Fact]
    public void A_measure_word_without_a_number_before_it_is_not_joined()
    {
        Assert.DoesNotContain("多个", Msr.Cut("很多个人的想法"));
    }

    [Fact]
    public void Joined_words_keep_their_offsets_after_whitespace()
    {
        const string text = "会议  于1995年6月29日 召开";
        IReadOnlyList<WordSpan> words = Msr.Segment(text.AsSpan());
        WordSpan date = Assert.Single(words, w => text.Substring(w.Start, w.Length) == "1995年6月29日");
        Assert.Equal(text.IndexOf('1', StringComparison.Ordinal), date.Start);
        Assert.Equal("召开", text.Substring(words[^1].Start, words[^1].Length));
    }
}
