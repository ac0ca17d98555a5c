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
    [InlineData("开 源 数 据 集 BELLE （Be Everyone's Large Language model Engine）、 下 一 代", "开源数据集 BELLE（Be Everyone's Large Language model Engine）、下一代")]
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

    [Fact]
    public void Holds_on_generated_text()
    {
        RuleConformance.HoldsOnGeneratedText(Rule);
        RuleConformance.HoldsOnGeneratedText(Rule, With(CjkLatinSpacingPolicy.Add), 150);
        RuleConformance.HoldsOnGeneratedText(Rule, With(CjkLatinSpacingPolicy.Remove), 150);
    }
}
