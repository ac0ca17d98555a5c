using static TextPipe.Tests.Validation.CheckHarness;

namespace TextPipe.Tests.Validation;

public class CleanupAndQualityRuleTests
{
    private static string Images(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"![](https://img.example.org/photo-{i}.png)\n\n"));

    [Theory]
    [InlineData("en", "A short caption.")]
    [InlineData("fr", "Une courte légende.")]
    [InlineData("zh", "一个简短的说明。")]
    public void A_document_cleanup_mostly_removes_fails_and_one_it_barely_touches_passes(string lang, string sentence)
    {
        var heavy = Convert(Images(8) + sentence, profile: "default");
        var finding = Assert.Single(Findings("cleanup-residue", heavy));
        Assert.Contains("image-links", finding.Message, StringComparison.Ordinal);
        string prose = lang == "zh" ? Prose(Chinese, 150, 3, "", "。") : Prose(lang == "fr" ? French : English, 120, 3);
        Assert.Empty(Findings("cleanup-residue", Convert(Images(1) + prose, profile: "default")));
    }

    [Theory]
    [InlineData("The photo is below.", "The photo photo.png is named in the text.")]
    [InlineData("La photo est ci-dessous.", "Le fichier photo.png est nommé dans le texte.")]
    [InlineData("照片在下面。", "文件名 photo.png 写在文字里。")]
    public void A_cleanup_rule_over_its_limit_fails_and_text_it_leaves_alone_passes(string sentence, string lookAlike)
    {
        const string rules = "rules:\n  cleanup-findings: { max: { image-links: 0 } }\n";
        var finding = Assert.Single(Findings("cleanup-findings", Convert(Images(1) + sentence, profile: "default"), rules));
        Assert.Contains("image-links", finding.Message, StringComparison.Ordinal);
        Assert.Empty(Findings("cleanup-findings", Convert(lookAlike, profile: "default"), rules));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Words_that_are_all_letters_or_all_hashes_fail_the_mean_length(string lang)
    {
        string letters = string.Join(' ', Enumerable.Range(0, 40).Select(i => ((char)('a' + i % 26)).ToString()));
        Assert.Single(Findings("quality-word-length", Convert(letters)));
        string hashes = string.Join(' ', Enumerable.Range(0, 30).Select(i => System.Convert.ToHexString(BitConverter.GetBytes(i * 7919L + 1))));
        Assert.Single(Findings("quality-word-length", Convert(hashes)));
        Assert.Empty(Findings("quality-word-length", Convert(Prose(lang == "fr" ? French : English, 80, 7))));
    }

    [Fact]
    public void Chinese_characters_are_not_measured_as_words()
    {
        Assert.Empty(Findings("quality-word-length", Convert(Prose(Chinese, 200, 5, "", "。"))));
    }

    [Theory]
    [InlineData("en", new[] { "Home", "About us", "Contact", "Products", "Careers", "Privacy" }, ".")]
    [InlineData("fr", new[] { "Accueil", "Qui sommes-nous", "Contact", "Produits", "Emplois", "Confidentialité" }, ".")]
    [InlineData("zh", new[] { "首页", "关于我们", "联系方式", "产品", "招聘", "隐私" }, "。")]
    public void Lines_without_sentence_punctuation_fail_and_punctuated_lines_pass(string lang, string[] items, string stop)
    {
        var finding = Assert.Single(Findings("quality-line-punctuation", Convert(string.Join("\n\n", items))));
        Assert.Equal(1, finding.Line);
        Assert.Empty(Findings("quality-line-punctuation", Convert(string.Join("\n\n", items.Select(i => i + stop)))));
        Assert.NotEmpty(lang);
    }

    [Theory]
    [InlineData("Read more…", "Read more about the budget.")]
    [InlineData("Lire la suite...", "Lire la suite du rapport.")]
    [InlineData("阅读全文…", "阅读全文。")]
    public void Lines_ending_in_an_ellipsis_fail(string teaser, string whole)
    {
        string Doc(string ending) => string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"{i}. {ending}"));
        Assert.Contains(Findings("quality-line-punctuation", Convert(Doc(teaser))), f => f.Message.Contains("ellipsis", StringComparison.Ordinal));
        Assert.Empty(Findings("quality-line-punctuation", Convert(Doc(whole))));
    }

    [Theory]
    [InlineData("Subscribe to our newsletter.", "en")]
    [InlineData("Abonnez-vous à notre lettre.", "fr")]
    [InlineData("订阅我们的新闻。", "zh")]
    public void Repeated_lines_fail_and_distinct_lines_pass(string line, string lang)
    {
        string repeated = string.Join("\n\n", Enumerable.Repeat(line, 3).Concat(["One more line here.", "Another line there."]));
        var finding = Assert.Single(Findings("quality-repeated-lines", Convert(repeated)));
        Assert.Equal(3, finding.Line);
        string distinct = string.Join("\n\n", Enumerable.Range(1, 5).Select(i => $"{line} ({i})"));
        Assert.Empty(Findings("quality-repeated-lines", Convert(distinct)));
        Assert.NotEmpty(lang);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("zh")]
    public void Text_looping_on_itself_fails_repeated_ngrams_and_varied_text_passes(string lang)
    {
        var vocabulary = lang switch { "fr" => French, "zh" => Chinese, _ => English };
        string separator = lang == "zh" ? "" : " ";
        string stop = lang == "zh" ? "。" : ".";
        string piece = Prose(vocabulary, 15, 11, separator, stop);
        string looping = Prose(vocabulary, 40, 12, separator, stop) + separator + string.Join(separator, Enumerable.Repeat(piece, 4));
        Assert.Single(Findings("quality-repeated-ngrams", Convert(looping)));
        Assert.Empty(Findings("quality-repeated-ngrams", Convert(Prose(vocabulary, 200, 13, separator, stop))));
    }

    [Theory]
    [InlineData("#travel #summer #beach #sun #holiday #sea #friends #fun #photo #love #happy #life", "We wrote about C# and F# in the summer course for twelve students of the evening class, who met every Tuesday in the old library near the harbour.")]
    [InlineData("#voyage #été #plage #soleil #vacances #mer #amis #photo #amour #vie #bonheur #fun", "Nous avons parlé de C# et de F# pendant le cours d'été du soir avec douze élèves motivés, qui se retrouvaient chaque mardi dans la vieille bibliothèque du port.")]
    [InlineData("＃旅行 ＃夏天 ＃海边 ＃太阳 ＃假期 ＃朋友 ＃照片 ＃快乐 ＃生活", "我们在夏天的晚上学习了 C# 语言，一共有十二个学生参加了这个课程。")]
    public void Tag_clouds_fail_the_symbol_ratio_and_prose_mentioning_a_hash_passes(string tags, string prose)
    {
        Assert.Single(Findings("quality-symbol-ratio", Convert(tags)));
        Assert.Empty(Findings("quality-symbol-ratio", Convert(prose)));
    }

    [Theory]
    [InlineData("The committee met on Tuesday to discuss the budget.", "委员会星期二开会讨论预算问题。")]
    [InlineData("Le comité s'est réuni mardi pour discuter du budget.", "委员会星期二开会讨论预算问题，会议开了很久。")]
    public void Too_few_cjk_letters_fail_a_chinese_corpus_and_chinese_text_passes(string latin, string chinese)
    {
        const string rules = "rules:\n  quality-cjk-share: { min_share: 0.5 }\n";
        Assert.Single(Findings("quality-cjk-share", Convert(latin), rules));
        Assert.Empty(Findings("quality-cjk-share", Convert(chinese), rules));
        Assert.Empty(Findings("quality-cjk-share", Convert(latin)));
    }

    [Fact]
    public void Quality_findings_are_warnings_unless_the_rules_file_says_error()
    {
        string tags = "#a1 #b2 #c3 #d4 #e5 #f6 #g7 #h8 #i9 #j10 #k11";
        Assert.Equal(global::TextPipe.Validation.CheckSeverity.Warning, Assert.Single(Findings("quality-symbol-ratio", Convert(tags))).Severity);
        Assert.Equal(global::TextPipe.Validation.CheckSeverity.Error, Assert.Single(Findings("quality-symbol-ratio", Convert(tags), "rules:\n  quality-symbol-ratio: error\n")).Severity);
    }
}
