using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class CjkSpacingRuleTests
{
    private static readonly CjkSpacingRule Rule = new();

    private static CleanupOptions With(CjkLatinSpacingPolicy policy) =>
        new() { Profile = "default", EnabledRules = [], CjkLatinSpacing = policy };

    private static string Clean(string text, CjkLatinSpacingPolicy policy = CjkLatinSpacingPolicy.Keep) =>
        RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(text), With(policy)).Text;

    [Theory]
    [InlineData("今 年 夏 天 ， 这 座 城 市 迎 来 了 创 纪 录 的 高 温 。", "今年夏天，这座城市迎来了创纪录的高温。")]
    [InlineData("据 统 计\u3000全 市 共 有\u3000图 书 馆 三 十 座", "据统计全市共有图书馆三十座")]
    [InlineData("会议由市长 王 刚 主持", "会议由市长王刚主持")]
    [InlineData("《年度报告》 指出，（ 2024年 ） 的增长 「明显」 放缓。", "《年度报告》指出，（2024年）的增长「明显」放缓。")]
    [InlineData("他说： “我们准备好了。” 然后离开了", "他说：“我们准备好了。”然后离开了")]
    [InlineData("开 源 数 据 集 BELLE （Be Everyone's Large Language model Engine）、 下 一 代", "开源数据集 BELLE （Be Everyone's Large Language model Engine）、下一代")]
    public void Justification_spaces_and_spaces_at_full_width_punctuation_go(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Fact]
    public void Each_removal_is_an_edit_with_a_reason()
    {
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs("百 年 大 计 《规划》 发布"), With(CjkLatinSpacingPolicy.Keep));
        context.Run(Rule);

        Assert.Equal("百年大计《规划》发布", context.ToDocument().Text);
        Assert.Equal(5, context.Edits.Count);
        Assert.All(context.Edits, e => Assert.Equal(EditAction.Removed, e.Action));
        Assert.Equal(3, context.Edits.Count(e => e.Note == "justification space between CJK characters"));
        Assert.Equal(2, context.Edits.Count(e => e.Note == "space next to full-width punctuation"));
    }

    [Theory]
    [InlineData(CjkLatinSpacingPolicy.Keep, "在 2023 年发布了 AI 模型和Windows 11系统", "在 2023 年发布了 AI 模型和Windows 11系统")]
    [InlineData(CjkLatinSpacingPolicy.Remove, "在 2023 年发布了 AI 模型和Windows 11系统", "在2023年发布了AI模型和Windows 11系统")]
    [InlineData(CjkLatinSpacingPolicy.Add, "在 2023 年发布了 AI 模型和Windows 11系统", "在 2023 年发布了 AI 模型和 Windows 11 系统")]
    [InlineData(CjkLatinSpacingPolicy.Add, "互联网\u30003.0时代", "互联网 3.0 时代")]
    public void Cjk_latin_boundaries_follow_the_policy(CjkLatinSpacingPolicy policy, string input, string expected) =>
        Assert.Equal(expected, Clean(input, policy));

    [Fact]
    public void Latin_text_word_spaces_and_separating_spaces_stay() =>
        RuleConformance.LeavesAlone(Rule,
            "The committee met on Monday.  Two spaces after a period are not ours to judge.",
            "Le musée ouvre à 10 h ; l’entrée est gratuite le dimanche.",
            "He said “hello” and then “goodbye” to everyone.",
            "海纳百川 科普与创新",
            "□本报记者 常湘萍 文/摄",
            "使用 Windows 11 和 Office 365 办公");

    [Fact]
    public void An_indent_at_block_or_line_start_and_trailing_spaces_stay() =>
        RuleConformance.LeavesAlone(Rule, "\u3000\u3000第一段从这里开始。\n\u3000\u3000第二段也有缩进。 \n第三行");

    [Theory]
    [InlineData("그건 이 사안을 다시 생각해 보자는 뜻이다. 지난 3일 보고서를 발표했다.")]
    [InlineData("저서 《삼국유사》 에서 인용했다 。")]
    [InlineData("きょうは いい 天気です。 こうえんで あそびましょう。")]
    [InlineData("東京 大阪 名古屋 の 順に 回る 予定です。")]
    public void Korean_and_japanese_spaces_are_word_spaces(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("Soit le tuple 〈q1, q2, q3〉 où chaque qi est une requête.")]
    [InlineData("On lit le roman 《三体》 de Liu Cixin en traduction.")]
    [InlineData("The bra-ket 〈ψ| φ〉 notation is standard.")]
    public void Brackets_shared_with_latin_text_keep_their_spaces_in_a_latin_sentence(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Fact]
    public void Annotated_corpus_text_and_json_lines_keep_their_spaces()
    {
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(
            "迈向/v 充满/vn 希望/n 的/u 新/a 世纪/n ，/w 锦/Ag ，/w 讲话/n",
            "{\"text\": \"百 年 大 计 《规划》 发布\", \"id\": 3}"), With(CjkLatinSpacingPolicy.Remove));
        context.Run(Rule);
        Assert.Empty(context.Edits);
    }

    [Fact]
    public void A_chinese_sentence_next_to_a_korean_one_is_still_cleaned() =>
        Assert.Equal("百年变局之下，科技创新是关键变量，韩国媒体也报道了\n그건 이 사안을 보자",
            Clean("百 年 变 局 之 下 ， 科 技 创 新 是 关 键 变 量 ， 韩 国 媒 体 也 报 道 了\n그건 이 사안을 보자"));

    [Theory]
    [InlineData("第 5 章 数据结构与算法")]
    [InlineData("第 2 節 系統概論")]
    [InlineData("参见第 12 条 适用范围")]
    [InlineData("第 3 部 续集")]
    [InlineData("请阅读第 4.2 节 “安装与配置”")]
    [InlineData("參見第 7 章 「網路設定」")]
    public void A_headings_number_and_unit_keep_the_space_before_the_title(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("第 五 章 总 则", "第五章总则")]
    [InlineData("中 文 排 版 规 范", "中文排版规范")]
    [InlineData("繁 體 中 文 排 版", "繁體中文排版")]
    public void Letter_spaced_headings_are_still_joined(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Theory]
    [InlineData("常见的编辑器有 Vim、 Emacs、 VS Code 等")]
    [InlineData("支援 LaTeX、 ConTeXt 與 Typst")]
    [InlineData("宏包 amsmath ，以及 amssymb 都要加载")]
    [InlineData("参考资料。 . . . . . . . . 12")]
    [InlineData("les éditeurs Emacs、 Vim et nano")]
    public void Spaces_between_a_mark_and_latin_words_or_leader_dots_stay(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("使用 \\foo 和 \\bar 定义命令 。")]
    [InlineData("命令 \\setmainfont 、 \\setsansfont 都可用")]
    [InlineData("参数 {甲 乙} 之 间")]
    public void Lines_with_tex_commands_or_braces_keep_their_spaces(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("研究、 开发与应用", "研究、开发与应用")]
    [InlineData("他们说。 然后就走了", "他们说。然后就走了")]
    public void Spaces_between_a_mark_and_chinese_still_go(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Fact]
    public void A_japanese_document_is_left_whole_even_on_lines_without_kana() =>
        RuleConformance.LeavesAlone(Rule, "これは日本語の説明書です。文字の間隔について説明します。", "東 京 都 庁 舎", "漢字 、 仮名");

    [Fact]
    public void Letter_spacing_and_mark_spaces_in_a_multi_line_chinese_block_go() =>
        Assert.Equal("中文排版规范\n很多中文资料都有这个问题，需要清理。",
            RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs("中 文 排 版 规 范\n很多中文资料都有这个问题， 需要清理。")).Text);

    [Fact]
    public void A_space_that_becomes_removable_after_another_goes_in_the_same_run()
    {
        // Found by the generated-text check: with the Remove policy a second run still found a space to take.
        Assert.Equal("8么》", Clean("8\u00A0么 》", CjkLatinSpacingPolicy.Remove));
    }

    [Fact]
    public void Holds_on_generated_text()
    {
        RuleConformance.HoldsOnGeneratedText(Rule);
        RuleConformance.HoldsOnGeneratedText(Rule, With(CjkLatinSpacingPolicy.Add), 150);
        RuleConformance.HoldsOnGeneratedText(Rule, With(CjkLatinSpacingPolicy.Remove), 150);
    }
}
