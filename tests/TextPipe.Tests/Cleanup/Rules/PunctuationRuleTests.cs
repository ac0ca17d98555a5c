using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class PunctuationRuleTests
{
    private static readonly PunctuationRule Rule = new();

    private static string Clean(params string[] paragraphs) =>
        RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs)).Text;

    [Theory]
    [InlineData("3月5日,市政府召开新闻发布会;会上宣布:明年将新建学校十所!", "3月5日，市政府召开新闻发布会；会上宣布：明年将新建学校十所！")]
    [InlineData("你今天去图书馆了吗?", "你今天去图书馆了吗？")]
    [InlineData("工作人员介绍, 活动将持续三天 .", "工作人员介绍，活动将持续三天 .")]
    [InlineData("研究人员使用ChatGPT,生成了大量测试问题。", "研究人员使用ChatGPT，生成了大量测试问题。")]
    [InlineData("人工智能(AI)正在改变医疗行业。", "人工智能（AI）正在改变医疗行业。")]
    [InlineData("会议 (第三次全体会议) 于周一举行", "会议（第三次全体会议）于周一举行")]
    [InlineData("他说:\"明天见。\"", "他说：“明天见。”")]
    [InlineData("所谓 \"新质生产力\" 是指什么?", "所谓“新质生产力”是指什么？")]
    public void Ascii_marks_in_chinese_sentences_become_full_width(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Theory]
    [InlineData("The city，the river and the hills。", "The city, the river and the hills。")]
    [InlineData("Is it true？Yes！", "Is it true? Yes!")]
    [InlineData("The model （GPT） was released", "The model (GPT) was released")]
    [InlineData("Paris，Lyon et Marseille", "Paris, Lyon et Marseille")]
    public void Full_width_marks_in_latin_sentences_become_ascii(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Fact]
    public void Edits_name_the_direction()
    {
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs("北京,上海和广州都在名单上。", "Paris，London and Rome are on the list."), new CleanupOptions { Profile = "default", EnabledRules = [] });
        context.Run(Rule);

        Assert.Equal(2, context.Edits.Count);
        Assert.Equal(",", context.Edits[0].Original);
        Assert.Equal("，", context.Edits[0].Replacement);
        Assert.Equal("ASCII punctuation in a CJK sentence", context.Edits[0].Note);
        Assert.Equal("，", context.Edits[1].Original);
        Assert.Equal(", ", context.Edits[1].Replacement);
        Assert.All(context.Edits, e => Assert.Equal(EditAction.Replaced, e.Action));
    }

    [Fact]
    public void Numbers_times_urls_mail_and_code_are_left_alone() =>
        RuleConformance.LeavesAlone(Rule,
            "全年销售额为3,000万元，同比增长3.5%，单价1,234.5元。",
            "会议于10:30开始，男女比例约为1:2。",
            "详情见https://example.com/a,b?c=1:2&d=(3)或联系info@example.cn。",
            "在终端输入`ls -l; echo hi!`即可。",
            "![图片](https://example.com/p.png)",
            "访问[官网](https://example.org/x(y))了解更多。");

    [Fact]
    public void Latin_text_and_latin_quotes_stay() =>
        RuleConformance.LeavesAlone(Rule,
            "He said \"yes\", then left (quietly); nobody asked why!",
            "Elle a dit : « Pourquoi pas ? » et elle est partie (vite).",
            "It is called Beijing, 北京 in Chinese.",
            "The generative artificial intelligence (AI) models are here.");

    [Fact]
    public void Full_width_text_in_chinese_stays() =>
        RuleConformance.LeavesAlone(Rule, "我们使用了ChatGPT，OpenAI的模型（GPT-4）效果很好。", "他问：“你好吗？”");

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);
}
