using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class BoilerplateRuleTests
{
    private static readonly BoilerplateRule Rule = new();

    private static Document Run(params string[] paragraphs) => RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs));

    [Fact]
    public void Comment_forms_in_three_languages_go()
    {
        var cleaned = Run(
            "Article body, long enough to be content.",
            "Leave a Reply",
            "Cancel reply",
            "Your email address will not be published. Required fields are marked *",
            "Laisser un commentaire\nVotre adresse e-mail ne sera pas publiée.",
            "发表评论\n您的邮箱地址不会被公开。 必填项已用 * 标注");

        Assert.Equal("Article body, long enough to be content.", cleaned.Text);
        Assert.Contains(cleaned.Edits, e => e.Original == "Cancel reply" && e.Note == "comment form removed (en-comment-form)");
        Assert.Contains(cleaned.Edits, e => e.Note == "comment form removed (fr-comment-form)");
    }

    [Fact]
    public void Counters_and_share_bars_go()
    {
        var cleaned = Run("正文内容。", "阅读量：1234", "阅读 2.3万 · 点赞 56", "分享到：微信 微博", "Share this:", "123 likes", "Partager :", "Vues : 87");

        Assert.Equal("正文内容。", cleaned.Text);
        Assert.Equal(7, cleaned.Edits.Count(e => e.Note!.StartsWith("counter or share bar removed", StringComparison.Ordinal)));
    }

    [Fact]
    public void Source_and_credit_lines_go_but_only_when_their_value_is_short()
    {
        var cleaned = Run(
            "Le texte principal de l'article.",
            "来源：人民日报",
            "Source : AFP",
            "【来源】https://www.example.cn/news/2024/01/01/abc.html",
            "责任编辑：王五",
            "Photo credit: Getty Images");

        Assert.Equal("Le texte principal de l'article.", cleaned.Text);
        Assert.All(cleaned.Edits.Where(e => !e.Original.StartsWith('\n')), e => Assert.StartsWith("source or credit line removed", e.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void Bylines_move_to_metadata()
    {
        var cleaned = Run("■本刊记者 李明 王芳 报道\n促进数字经济发展", "By Anna Lee and Tom Brown", "Le corps du texte.");

        Assert.Equal("促进数字经济发展\n\nLe corps du texte.", cleaned.Text);
        Assert.Equal("本刊记者 李明 王芳 报道; By Anna Lee and Tom Brown", cleaned.Metadata.Byline);
        Assert.Equal(2, cleaned.Edits.Count(e => e.Note!.StartsWith("byline moved to metadata", StringComparison.Ordinal)));
    }

    [Fact]
    public void French_byline_with_a_role_moves_to_metadata()
    {
        var cleaned = Run("Par Marie Dupont, envoyée spéciale à Pékin", "Le sommet s'est ouvert lundi.");

        Assert.Equal("Le sommet s'est ouvert lundi.", cleaned.Text);
        Assert.Equal("Par Marie Dupont, envoyée spéciale à Pékin", cleaned.Metadata.Byline);
    }

    [Fact]
    public void Captions_move_to_metadata_including_wrapped_ones_and_credit_suffixed_ones()
    {
        var cleaned = Run(
            "△ 嘉宾在论坛现场参观机器人\n展区并与工作人员交流。",
            "正文第一段，讲述会议情况。",
            "Visitors try a VR headset at the expo in Shenzhen, May 3, 2024. / Xinhua",
            "图为参会代表合影。",
            "Photo : des visiteurs découvrent un robot humanoïde au salon VivaTech à Paris.",
            "The main text goes on.");

        Assert.Equal("正文第一段，讲述会议情况。\n\nThe main text goes on.", cleaned.Text);
        Assert.Equal(
            ["嘉宾在论坛现场参观机器人展区并与工作人员交流。", "Visitors try a VR headset at the expo in Shenzhen, May 3, 2024. / Xinhua", "参会代表合影。", "des visiteurs découvrent un robot humanoïde au salon VivaTech à Paris."],
            cleaned.Metadata.Captions);
    }

    [Fact]
    public void A_credit_at_the_end_of_a_long_paragraph_is_cut_and_the_paragraph_stays()
    {
        var cleaned = Run("The plant opened in March. It employs 300 people and exports to Europe. Output doubled last year. /AFP");

        Assert.Equal("The plant opened in March. It employs 300 people and exports to Europe. Output doubled last year.", cleaned.Text);
        Assert.Equal(" /AFP", Assert.Single(cleaned.Edits).Original);
    }

    [Fact]
    public void End_markers_go_on_their_own_line_and_at_the_end_of_the_last_paragraph()
    {
        var cleaned = Run("第一篇报道的正文。\n（完）", "Le dernier paragraphe se termine ici. (Fin)", "Views: 12");

        Assert.Equal("第一篇报道的正文。\n\nLe dernier paragraphe se termine ici.", cleaned.Text);
        Assert.Contains(cleaned.Edits, e => e.Original == " (Fin)" && e.Note == "end marker removed (end-marker-suffix)");
        Assert.Contains(cleaned.Edits, e => e.Original == "\n（完）");
    }

    [Fact]
    public void An_end_marker_in_the_middle_of_the_document_is_not_cut_from_a_paragraph()
    {
        RuleConformance.LeavesAlone(Rule, "Press the key labelled (End)", "Then the story goes on for a while.");
    }

    [Fact]
    public void Leaves_content_that_only_mentions_the_words_alone()
    {
        RuleConformance.LeavesAlone(Rule,
            "The source of the river lies in the mountains.",
            "他回复说，会议将在下周举行。",
            "Les sources officielles indiquent une hausse de 3 %.",
            "来源：据国家统计局统计，今年全国粮食产量再创新高，达到历史最高水平。",
            "By 2030 the city will have 200 charging stations.",
            "By Monday Morning",
            "Par ailleurs, le gouvernement a annoncé un plan.",
            "记者了解到，该项目已进入试运行阶段。",
            "在交流中记者得知，这项技术可应用于直播平台。",
            "图为何物，众说纷纭。有人说是龙，有人说是蛇，至今没有定论。大家仍在讨论之中。",
            "Reply rates rose by 12% after the change, the survey found.",
            "Source: the ministry said on Tuesday that exports rose 5%, driven by chips and cars.");
    }

    [Fact]
    public void Bare_button_words_go_only_near_the_edges_of_the_document()
    {
        var middle = Enumerable.Range(1, 30).Select(i => $"Paragraph {i} of the article body.").ToList();
        middle.Insert(15, "Reply");
        RuleConformance.LeavesAlone(Rule, [.. middle]);

        var cleaned = Run([.. middle.Where(p => p != "Reply"), "Reply"]);
        Assert.Equal("Reply", cleaned.Edits[0].Original.Trim());
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);
}
