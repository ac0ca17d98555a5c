using TextPipe.Segmentation;
using TextPipe.Segmentation.Chinese;

namespace TextPipe.Tests.Segmentation.Chinese;

public sealed class ChineseSegmenterTests
{
    private static readonly ChineseSegmenter Plain = new(new ChineseSegmenterOptions { GuessUnknownWords = false });

    [Fact]
    public void Dictionary_words_follow_the_cheapest_bigram_path()
    {
        Assert.Equal(["共同", "创造", "美好", "的", "新", "世纪"], Plain.Cut("共同创造美好的新世纪"));
    }

    [Fact]
    public void Latin_words_with_digits_stay_whole_among_Chinese()
    {
        var words = Plain.Cut("我用iPhone15拍照，和COVID-19有关");
        Assert.Contains("iPhone15", words);
        Assert.Contains("COVID-19", words);
        Assert.Contains("拍照", words);
    }

    [Theory]
    [InlineData("增长了3.5%左右", "3.5%")]
    [InlineData("共１２３个", "１２３")]
    [InlineData("约1,250,000人", "1,250,000")]
    [InlineData("增长３．５％", "３．５％")]
    [InlineData("投资5000万元", "5000万")]
    [InlineData("百分之三十五的人", "百分之三十五")]
    [InlineData("增长百分之十一点八三", "百分之十一点八三")]
    [InlineData("达到十三点二九亿", "十三点二九亿")]
    public void Numbers_in_half_and_full_width_stay_one_word(string text, string number)
    {
        Assert.Contains(number, Plain.Cut(text));
    }

    [Theory]
    [InlineData("一点一滴地做", "一点一滴")]    // 点 between numerals, but an idiom the dictionary knows
    [InlineData("十点钟开会", "十点")]           // a time word: no numeral after 点
    public void A_decimal_point_look_alike_is_not_taken_for_a_decimal(string text, string word)
    {
        Assert.Contains(word, Plain.Cut(text));
    }

    [Fact]
    public void A_comma_not_followed_by_three_digits_is_not_a_thousands_separator()
    {
        var words = Plain.Cut("有3,5个");
        Assert.Contains("3", words);
        Assert.Contains("5", words);
    }

    [Theory]
    [InlineData("2023年5月27日下午", new[] { "2023年", "5月", "27日", "下午" })]
    [InlineData("２００１年１２月", new[] { "２００１年", "１２月" })]
    [InlineData("一九九八年十二月三十一日", new[] { "一九九八年", "十二月", "三十一日" })]
    [InlineData("二○○一年新年", new[] { "二○○一年", "新年" })]
    public void Dates_split_into_year_month_and_day_words_as_PKU_does(string text, string[] expected)
    {
        Assert.Equal(expected, Plain.Cut(text));
    }

    [Fact]
    public void Urls_and_emails_stay_whole_and_leave_trailing_punctuation()
    {
        Assert.Equal(["访问", "https://example.com/a?b=1", "。", "联系", "me@example.org", "吧"],
            Plain.Cut("访问https://example.com/a?b=1。联系me@example.org吧"));
    }

    [Fact]
    public void Whitespace_separates_and_yields_no_word()
    {
        var words = Plain.Segment("他说  我们\t走吧".AsSpan());
        Assert.Equal([new WordSpan(0, 1), new WordSpan(1, 1), new WordSpan(4, 2), new WordSpan(7, 1), new WordSpan(8, 1)], words);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_never_split()
    {
        var words = Plain.Cut("𠀋字");
        Assert.Equal(["𠀋", "字"], words);
    }

    [Fact]
    public void Unknown_names_are_guessed_by_the_character_model()
    {
        var guessing = new ChineseSegmenter();
        Assert.Equal(["特朗普", "政府", "宣布"], guessing.Cut("特朗普政府宣布"));
        Assert.Equal(["特", "朗", "普", "政府", "宣布"], Plain.Cut("特朗普政府宣布"));
    }

    [Fact]
    public void Frequent_single_character_words_are_not_glued_to_unknown_neighbours()
    {
        var words = new ChineseSegmenter().Cut("欧阳娜娜和同学去北京大学");
        Assert.Contains("和", words);
        Assert.Contains("去", words);
        Assert.Contains("娜娜", words);
    }

    [Fact]
    public void User_words_join_the_dictionary()
    {
        Assert.DoesNotContain("区块链", Plain.Cut("区块链技术发展很快"));
        var withUserWord = new ChineseSegmenter(new ChineseSegmenterOptions
        {
            GuessUnknownWords = false,
            UserWords = new Dictionary<string, int> { ["区块链"] = 1000 },
        });
        Assert.Equal(["区块链", "技术", "发展", "很", "快"], withUserWord.Cut("区块链技术发展很快"));
    }

    [Fact]
    public void User_dictionary_file_format_reads_words_frequencies_and_skips_comments()
    {
        var words = ChineseSegmenterOptions.ReadUserDictionary(new StringReader("\uFEFF# domain terms\n区块链 50 n\n\n云计算\n"));
        Assert.Equal(50, words["区块链"]);
        Assert.Equal(ChineseSegmenterOptions.DefaultUserWordFrequency, words["云计算"]);
        Assert.Equal(2, words.Count);
    }

    [Fact]
    public void Words_cover_the_text_in_order_without_gaps()
    {
        const string text = "（二○○○年十二月三十一日）（附图片1张）女士们，先生们，同志们，朋友们：";
        var words = Plain.Segment(text.AsSpan());
        int position = 0;
        foreach (var word in words)
        {
            Assert.Equal(position, word.Start);
            Assert.True(word.Length > 0);
            position = word.End;
        }
        Assert.Equal(text.Length, position);
    }

    [Fact]
    public void As_the_pipeline_word_segmenter_tokens_carry_offsets_into_the_whole_text_and_cover_the_run()
    {
        Assert.IsAssignableFrom<IChineseWordSegmenter>(Plain);
        const string text = "Hello 共同创造美好的新世纪 world";
        var tokens = Plain.Segment(text, 6, 10).ToList();
        Assert.Equal(["共同", "创造", "美好", "的", "新", "世纪"], tokens.Select(t => t.Text));
        Assert.Equal(6, tokens[0].Offset);
        Assert.All(tokens, t => Assert.Equal(t.Text, text.Substring(t.Offset, t.Text.Length)));
        Assert.Equal(16, tokens[^1].Offset + tokens[^1].Text.Length);
    }

    [Fact]
    public void A_run_that_does_not_fit_the_text_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Plain.Segment("共同", 1, 5));
    }
}
