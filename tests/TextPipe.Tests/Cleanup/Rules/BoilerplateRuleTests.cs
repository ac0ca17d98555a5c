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
    public void Author_lines_of_an_anthology_are_its_structure_not_bylines()
    {
        string[] poems =
        [
            "《春晓》\n作者：孟浩然\n春眠不觉晓，处处闻啼鸟。",
            "《静夜思》\n作者：李白\n床前明月光，疑是地上霜。",
            "《登鹳雀楼》\n作者：王之涣\n白日依山尽，黄河入海流。",
            "《相思》\n作者：王维\n红豆生南国，春来发几枝。",
        ];

        var cleaned = Run(poems);

        Assert.Equal(string.Join("\n\n", poems), cleaned.Text);
        Assert.Null(cleaned.Metadata.Byline);
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
    public void The_end_marker_is_looked_for_on_the_last_line_that_stays_of_a_paragraph_of_several_lines()
    {
        var cleaned = Run("Opening paragraph of the report, long enough.", "The second line of the story.\nThe story ends on this line. (End)\nViews: 12");

        Assert.Equal("Opening paragraph of the report, long enough.\n\nThe second line of the story.\nThe story ends on this line.", cleaned.Text);
        Assert.Contains(cleaned.Edits, e => e.Original == " (End)" && e.Note == "end marker removed (end-marker-suffix)");
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
    public void A_wrapped_prose_line_starting_like_a_caption_stays()
    {
        RuleConformance.LeavesAlone(Rule,
            "This is not 100% in keeping with the full transition plan defined\nbelow: if a new gnome package is used with an old scrollkeeper, there\nis some possibility that the help will not properly be available.");
    }

    /// <summary>Prose with caption and byline words inside, wrapped at many widths so that those words start lines.</summary>
    public static TheoryData<string, int> WrappedProse()
    {
        string[] latin =
        [
            "The steps are listed below: if the old service is still running, stop it first and then start the new one with the same settings as before.",
            "The figures were collected by John Smith and Anna Lee during the survey, and the photo: the one on the cover, was taken at dawn by the lake.",
            "Our reading of the source: the ministry said on Tuesday that exports rose, which nobody had expected after the poor results of the spring.",
            "Les chiffres présentés ci-dessous : ils ont été recueillis par Marie Dupont et Paul Martin au cours de l'enquête menée dans les trois régions.",
            "Le rapport a été rédigé par Jean Moreau, journaliste, et relu par la rédaction avant sa publication dans le numéro du mois de mars dernier.",
            "Image: the phrase appears in the manual as a heading, above: a table of values, and below it the legend that explains every column of it.",
        ];
        string[] chinese =
        [
            "据现场观众介绍，图为何物一直众说纷纭，有人认为记者李明拍下的正是那只白鹭，来源：当地村民的回忆，至今仍无定论。",
            "本次活动由市文化馆主办，记者王芳在现场看到，图为参观者排队等候的场景已经在网上广泛流传，引发了大家的讨论。",
        ];
        var data = new TheoryData<string, int>();
        foreach (int width in new[] { 24, 30, 36, 42, 48, 55, 62, 70, 80 })
        {
            foreach (string text in latin)
            {
                data.Add(WrapWords(text, width), width);
            }
        }
        foreach (int width in new[] { 8, 10, 12, 14, 16, 18, 20 })
        {
            foreach (string text in chinese)
            {
                data.Add(string.Join("\n", text.Chunk(width).Select(c => new string(c))), width);
            }
        }
        return data;
    }

    private static string WrapWords(string text, int width)
    {
        var lines = new List<string>();
        string line = "";
        foreach (string word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        lines.Add(line);
        return string.Join("\n", lines);
    }

    [Theory]
    [MemberData(nameof(WrappedProse))]
    public void Wrapped_prose_is_never_taken_for_a_caption_or_byline(string paragraph, int width)
    {
        Assert.True(width > 0);
        RuleConformance.LeavesAlone(Rule, "A first paragraph of ordinary text, long enough to be content here.", paragraph, "A last paragraph of ordinary text.");
    }

    [Fact]
    public void Caption_and_credit_shapes_are_still_recognised()
    {
        var cleaned = Run(
            "The expo opened on Monday in Shenzhen.",
            "Photo: Visitors try a VR headset at the expo in Shenzhen.",
            "(Photo: John Smith/Reuters)",
            "图为参观者在展区体验机器人导览服务。",
            "（新华社记者 李明 摄）",
            "Crédit photo : AFP",
            "Chris Jackson/Getty Images",
            "Students wait outside a school in Leeds. Photograph: Christopher Furlong/Getty Images",
            "展会期间，参观者在展区体验机器人导览服务。（新华社记者 王芳 摄）",
            "Visitors at the expo\n▲ A robot guide greets visitors at the entrance.",
            "The expo closes on Friday.");
        Assert.Equal("The expo opened on Monday in Shenzhen.\n\nVisitors at the expo\n\nThe expo closes on Friday.", cleaned.Text);
        Assert.Equal(
            ["Visitors try a VR headset at the expo in Shenzhen.", "参观者在展区体验机器人导览服务。", "Students wait outside a school in Leeds. Photograph: Christopher Furlong/Getty Images", "展会期间，参观者在展区体验机器人导览服务。（新华社记者 王芳 摄）", "A robot guide greets visitors at the entrance."],
            cleaned.Metadata.Captions);
    }

    [Fact]
    public void A_caption_shape_continuing_the_sentence_above_stays()
    {
        RuleConformance.LeavesAlone(Rule,
            "The pictures in this report were all taken by members of the survey team and\nPhoto: the archive number is given in the appendix.",
            "会议期间，代表们参观了展区，其中最受欢迎的展品，\n图为一台能与观众对话的机器人。");
    }

    [Fact]
    public void Bylines_with_a_role_near_the_top_move_to_metadata()
    {
        var cleaned = Run("Richard Adams Education editor", "Schools will get more money for teachers next year, the minister said.", "Marie Dupont | Journaliste");
        Assert.Equal("Schools will get more money for teachers next year, the minister said.", cleaned.Text);
        Assert.Equal("Richard Adams Education editor; Marie Dupont | Journaliste", cleaned.Metadata.Byline);
        RuleConformance.LeavesAlone(Rule, "Ask Anna Lee, our editor", "She met Anna Lee, the reporter.");

        var zh = Run("半月谈记者 史卫燕", "乡村振兴的新路子正在各地铺开。");
        Assert.Equal("乡村振兴的新路子正在各地铺开。", zh.Text);
        Assert.Equal("半月谈记者 史卫燕", zh.Metadata.Byline);
        RuleConformance.LeavesAlone(Rule, "我们今天采访了记者 李明", "他告诉记者，项目进展顺利。");
    }

    private static Block WithImage(string image, string target, string rest) =>
        new(BlockKind.Paragraph, image + "\n" + rest) { Inlines = [new InlineElement(InlineKind.Image, 0, image.Length, target, "")] };

    [Fact]
    public void The_last_line_under_a_photo_in_its_paragraph_is_its_caption()
    {
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromBlocks(
        [
            new Block(BlockKind.Paragraph, "The expo opened on Monday."),
            WithImage("![](img/expo.jpg)", "img/expo.jpg", "Visitors try a VR headset at the expo in Shenzhen."),
            WithImage("![](photos/salon.webp)", "photos/salon.webp", "Des visiteurs découvrent un robot au salon de Lyon."),
            WithImage("![](tu/zhanhui.png)", "tu/zhanhui.png", "参观者在展区体验机器人导览服务。"),
        ]));
        Assert.Equal(
            ["Visitors try a VR headset at the expo in Shenzhen.", "Des visiteurs découvrent un robot au salon de Lyon.", "参观者在展区体验机器人导览服务。"],
            cleaned.Metadata.Captions);
        Assert.All(cleaned.Edits, e => Assert.Equal("photo caption moved to metadata (under-photo)", e.Note));
    }

    [Fact]
    public void Text_after_a_badge_or_running_on_after_a_photo_is_not_a_caption()
    {
        var context = new TextPipe.Cleanup.CleanupContext(CleanupTestDocuments.FromBlocks(
        [
            WithImage("![build](https://img.shields.io/badge/build-passing.svg)", "https://img.shields.io/badge/build-passing.svg", "A small library that parses dates."),
            WithImage("![](img/expo.jpg)", "img/expo.jpg", "The expo opened on Monday in Shenzhen.\nIt drew more visitors than last year, the organisers said."),
            WithImage("![](img/hall.jpg)", "img/hall.jpg", "The hall was full. Visitors queued for an hour to try the headsets, and many came back the next day."),
            new Block(BlockKind.Paragraph, "Visitors try a VR headset at the expo in Shenzhen."),
        ]), new TextPipe.Cleanup.CleanupOptions { Profile = "default", EnabledRules = [] });
        context.Run(Rule);
        Assert.Empty(context.Edits);
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);
}
