using TextPipe.Documents;
using TextPipe.Segmentation;

namespace TextPipe.Tests.Segmentation;

public sealed class WordTokenizerTests
{
    private static string[] Tokens(string text, string? lang) =>
        [.. new WordTokenizer().Tokenize(text, lang).Select(t => t.Text)];

    private static string[] Expected(string joined) => joined.Split(" | ");

    [Theory]
    [InlineData("fr", "l’État décide", "l’ | État | décide")]
    [InlineData("fr", "qu'il vienne aujourd'hui", "qu' | il | vienne | aujourd'hui")]
    [InlineData("fr", "C'est peut-être quelqu'un.", "C' | est | peut-être | quelqu'un | .")]
    [InlineData("fr", "Le taux : 42,8 % en 2024", "Le | taux | : | 42,8 | % | en | 2024")]
    [InlineData("fr", "Il coûte 3 000,50 euros", "Il | coûte | 3 000,50 | euros")]
    [InlineData("it", "dell'anno l'uomo", "dell' | anno | l' | uomo")]
    [InlineData("en", "I don't know, it's well-known.", "I | don't | know | , | it's | well-known | .")]
    [InlineData("en", "It costs $3,000.50 now", "It | costs | $ | 3,000.50 | now")]
    [InlineData("en", "Install v2.0.1 at 10:30", "Install | v2.0.1 | at | 10:30")]
    [InlineData("en", "The U.S. and e.g. Canada", "The | U.S. | and | e.g. | Canada")]
    [InlineData("en", "Wait... what?!", "Wait | ... | what | ? | !")]
    [InlineData("en", "Mail jane.doe@example.com or see https://example.org/a?b=1.", "Mail | jane.doe@example.com | or | see | https://example.org/a?b=1 | .")]
    [InlineData("en", "O'Brien's rock'n'roll", "O'Brien's | rock'n'roll")]
    [InlineData("ru", "Санкт-Петербург, 2024 г.", "Санкт-Петербург | , | 2024 | г | .")]
    public void Tokenizes_with_language_manners(string lang, string text, string expected) =>
        Assert.Equal(Expected(expected), Tokens(text, lang));

    [Fact]
    public void Chinese_runs_go_to_the_chinese_segmenter_with_offsets_into_the_text()
    {
        var tokens = new WordTokenizer().Tokenize("用AI写作文。", "zh");

        Assert.Equal(["用", "AI", "写", "作", "文", "。"], tokens.Select(t => t.Text));
        Assert.Equal([0, 1, 3, 4, 5, 6], tokens.Select(t => t.Offset));
    }

    [Theory]
    [InlineData("于2023年发布", "于2023年发布")]
    [InlineData("增长3.5%以上，好", "增长3.5%以上 | ， | 好")]
    [InlineData("第3章", "第3章")]
    [InlineData("共有１２人 ok", "共有１２人 | ok")]
    public void Numbers_written_into_Chinese_go_to_the_chinese_segmenter_with_it(string text, string expected)
    {
        // The whole-run stand-in shows what the Chinese segmenter is handed: the number together with the Han around it.
        var tokens = new WordTokenizer(new WholeRunSegmenter()).Tokenize(text, "zh");
        Assert.Equal(Expected(expected), tokens.Select(t => t.Text));
    }

    [Theory]
    [InlineData("zh", "Version 2.0 发布", "Version | 2.0 | 发 | 布")]
    [InlineData("ja", "2023年に", "2023 | 年 | に")]
    [InlineData("en", "In 2023 we", "In | 2023 | we")]
    public void Numbers_not_written_into_Chinese_stay_numbers(string lang, string text, string expected) =>
        Assert.Equal(Expected(expected), Tokens(text, lang));

    [Fact]
    public void Uses_the_given_chinese_segmenter()
    {
        var tokens = new WordTokenizer(new WholeRunSegmenter()).Tokenize("我爱北京, ok", "zh");

        Assert.Equal(["我爱北京", ",", "ok"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Japanese_is_split_by_script_runs()
    {
        Assert.Equal(["東京", "に", "行", "きます", "。", "コーヒー", "を"], Tokens("東京に行きます。コーヒーを", "ja"));
    }

    [Fact]
    public void Thai_runs_are_single_tokens()
    {
        Assert.Equal(["สวัสดีครับ", "hello"], Tokens("สวัสดีครับ hello", "th"));
    }

    [Fact]
    public void Every_token_is_found_at_its_offset()
    {
        const string text = "  l’État, 3 000,50 € — 你好！ https://x.org/p. 𠀀字";
        foreach (var token in new WordTokenizer().Tokenize(text, "fr"))
        {
            Assert.Equal(token.Text, text.Substring(token.Offset, token.Text.Length));
        }
    }

    private sealed class WholeRunSegmenter : IChineseWordSegmenter
    {
        public IEnumerable<Token> Segment(string text, int start, int length) => [new Token(text.Substring(start, length), start)];
    }
}
