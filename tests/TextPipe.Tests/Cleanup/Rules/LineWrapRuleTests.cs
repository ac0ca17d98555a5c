using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class LineWrapRuleTests
{
    private static readonly LineWrapRule Rule = new();

    private static Document Run(params string[] paragraphs) =>
        RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs));

    private static List<Edit> Edits(params string[] paragraphs)
    {
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(paragraphs), new CleanupOptions { Profile = "default", EnabledRules = [] });
        context.Run(Rule);
        return [.. context.Edits];
    }

    // A narrow Chinese column (13 characters), wrapped inside one block.
    private const string ZhColumn =
        "今年春天，小城的河道整治工程\n" +
        "正式完工。沿河新修的步道连接\n" +
        "了老街和火车站，附近居民每天\n" +
        "傍晚都会来这里散步、跑步和遛\n" +
        "狗。工程负责人介绍，下一步还\n" +
        "将在两岸种植本地树种。";

    [Fact]
    public void Chinese_column_wrapped_inside_a_block_is_joined_without_spaces()
    {
        var cleaned = Run(ZhColumn);

        Assert.Equal("今年春天，小城的河道整治工程正式完工。沿河新修的步道连接了老街和火车站，附近居民每天傍晚都会来这里散步、跑步和遛狗。工程负责人介绍，下一步还将在两岸种植本地树种。", cleaned.Text);
    }

    [Fact]
    public void Chinese_column_with_every_line_its_own_block_is_merged_but_name_lines_and_paragraph_ends_stay()
    {
        string[] blocks =
        [
            "市图书馆馆长李明",
            "阅读习惯的养成需要从小开始，",
            "家庭和学校都应当为孩子创造安静",
            "的阅读环境。我们今年将在社区开",
            "设二十个亲子阅读角，并邀请作家",
            "走进校园与学生面对面交流。",
            "青年作家王小雨",
            "写作最重要的是保持好奇心，每天",
            "观察身边的人和事，记录下来的细",
            "节往往会成为故事最好的起点。",
        ];

        var cleaned = Run(blocks);

        Assert.Equal(
            [
                "市图书馆馆长李明",
                "阅读习惯的养成需要从小开始，家庭和学校都应当为孩子创造安静的阅读环境。我们今年将在社区开设二十个亲子阅读角，并邀请作家走进校园与学生面对面交流。",
                "青年作家王小雨",
                "写作最重要的是保持好奇心，每天观察身边的人和事，记录下来的细节往往会成为故事最好的起点。",
            ],
            cleaned.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Merging_blocks_records_the_separator_and_a_note()
    {
        var edits = Edits("家庭和学校都应当为孩子创造安静", "的阅读环境。我们今年将在社区开", "设二十个亲子阅读角，并邀请作家", "走进校园与学生面对面交流。");

        Assert.Equal(3, edits.Count);
        Assert.All(edits, e => Assert.Equal(EditAction.Removed, e.Action));
        Assert.All(edits, e => Assert.Equal("\n\n", e.Original));
        Assert.All(edits, e => Assert.Equal("line split into blocks joined", e.Note));
    }

    [Fact]
    public void English_wrapped_text_is_joined_with_spaces_and_hyphenation_is_undone()
    {
        var cleaned = Run(
            "The council met on Tuesday evening to discuss the new\n" +
            "budget. Several members asked for a detailed exam-\n" +
            "ination of the transport costs, which have risen\n" +
            "sharply since the last election in the spring.");

        Assert.Equal("The council met on Tuesday evening to discuss the new budget. Several members asked for a detailed examination of the transport costs, which have risen sharply since the last election in the spring.", cleaned.Text);
    }

    [Fact]
    public void A_hyphen_the_document_writes_elsewhere_is_kept_and_a_joined_form_it_writes_elsewhere_wins()
    {
        var cleaned = Run(
            "Her well-known essay on rivers was reprinted in a well-\n" +
            "known anthology, and its co-author wrote a new fore-\n" +
            "word; the foreword explains why the book was reissued.");

        Assert.Equal("Her well-known essay on rivers was reprinted in a well-known anthology, and its co-author wrote a new foreword; the foreword explains why the book was reissued.", cleaned.Text);
    }

    [Fact]
    public void Built_in_compounds_keep_their_hyphen_without_a_witness_in_the_document()
    {
        var cleaned = Run(
            "The study describes a self-\n" +
            "governing network of non-\n" +
            "profit clinics that share one e-\n" +
            "mail system and an evidence-\n" +
            "based approach to care in rural areas.");

        Assert.Equal("The study describes a self-governing network of non-profit clinics that share one e-mail system and an evidence-based approach to care in rural areas.", cleaned.Text);
    }

    [Fact]
    public void Hyphen_notes_tell_hyphenation_from_compound()
    {
        var edits = Edits("a long enough line of text for the wrapped exam-\nple and another well-\nknown case of it here");

        Assert.Contains(edits, e => e.Original == "-\n" && e.Replacement == "" && e.Note == "end-of-line hyphenation undone");
        Assert.Contains(edits, e => e.Original == "\n" && e.Replacement == "" && e.Note == "line break after a hyphen that belongs to the word");
    }

    [Fact]
    public void French_wrapped_text_keeps_french_compounds_and_inversions()
    {
        var cleaned = Run(
            "Le conseil municipal s'est réuni mardi soir, c'est-à-\n" +
            "dire après la fermeture des bureaux. Peut-il vraiment\n" +
            "voter ce budget ? La maire a répondu qu'elle pourrait peut-\n" +
            "être le présenter avant le week-\n" +
            "end, mais que la discussion serait longue. Aussi a-t-\n" +
            "elle proposé une réunion publique dans la salle des fêtes.");

        Assert.Equal("Le conseil municipal s'est réuni mardi soir, c'est-à-dire après la fermeture des bureaux. Peut-il vraiment voter ce budget ? La maire a répondu qu'elle pourrait peut-être le présenter avant le week-end, mais que la discussion serait longue. Aussi a-t-elle proposé une réunion publique dans la salle des fêtes.", cleaned.Text);
    }

    [Fact]
    public void Names_and_numbers_split_at_a_hyphen_keep_it()
    {
        var cleaned = Run("The winner of the regional prize this year was Jean-\nPierre Martin, a teacher who studied the COVID-\n19 outbreak in 2020 and 2021 with his class.");

        Assert.Contains("Jean-Pierre Martin", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("COVID-19", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_break_inside_a_chinese_sentence_is_merged_even_between_multi_line_blocks()
    {
        var cleaned = Run(
            "志愿者们每周六上午在公园门口集合\n分组清理草地和湖边的垃圾，并向",
            "游客发放环保宣传手册。活动已经坚\n持了三年，参与者越来越多。");

        Assert.Equal("志愿者们每周六上午在公园门口集合分组清理草地和湖边的垃圾，并向游客发放环保宣传手册。活动已经坚持了三年，参与者越来越多。", cleaned.Text);
    }

    [Fact]
    public void Mixed_chinese_latin_joins_have_no_space()
    {
        var cleaned = Run("本次发布会上，研究团队介绍了基于\nTransformer架构的新模型，并公布了\n3.0版本的主要改进和测试结果。");

        Assert.Equal("本次发布会上，研究团队介绍了基于Transformer架构的新模型，并公布了3.0版本的主要改进和测试结果。", cleaned.Text);
    }

    [Fact]
    public void A_chinese_poem_stays_line_by_line() =>
        RuleConformance.LeavesAlone(Rule, "床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。", "春眠不觉晓，\n处处闻啼鸟。\n夜来风雨声，\n花落知多少。");

    [Fact]
    public void An_english_poem_with_capitalised_lines_stays() =>
        RuleConformance.LeavesAlone(Rule,
            "Two roads diverged in a yellow wood,\nAnd sorry I could not travel both\nAnd be one traveler, long I stood\nAnd looked down one as far as I could\nTo where it bent in the undergrowth;");

    [Fact]
    public void Lists_and_recipes_stay() =>
        RuleConformance.LeavesAlone(Rule,
            "- buy flour and two dozen eggs at the market\n- call the plumber about the kitchen sink leak\n- send the quarterly report to the accountant",
            "1. Preheat the oven to two hundred degrees\n2. Mix the flour, the butter and the sugar\n3. Add two eggs and a pinch of salt",
            "一、加强基层医疗卫生服务体系建设\n二、推进城乡居民医疗保险制度改革\n三、完善药品供应保障和价格形成机制");

    [Fact]
    public void Headings_before_paragraphs_stay_separate() =>
        RuleConformance.LeavesAlone(Rule,
            "城市更新",
            "老旧小区改造",
            "今年全市计划改造老旧小区一百二十个，涉及居民四万余户，重点解决加装电梯、管网老化和停车难等问题。",
            "Annual report",
            "The board approved the accounts for the year and thanked the staff for their work during a difficult period of reorganisation.");

    [Theory]
    [InlineData("Harbour Bulletin — 港口简\n报", "Harbour Bulletin — 港口简报")]
    [InlineData("A New Ferry Terminal Opens After\nThree Years of Work", "A New Ferry Terminal Opens After Three Years of Work")]
    [InlineData("Le port rouvre après trois jours de répa-\nrations", "Le port rouvre après trois jours de réparations")]
    [InlineData("4.2 Le port rouvre après trois jours\nde travaux", "4.2 Le port rouvre après trois jours de travaux")]
    [InlineData("附录 C 常用命令\nC.1 文件操作", "附录 C 常用命令\nC.1 文件操作")]
    public void A_heading_wrapped_over_lines_becomes_one_line_unless_a_section_number_starts_the_next(string heading, string expected)
    {
        var doc = CleanupTestDocuments.FromBlocks(
            [new Block(BlockKind.Heading, heading) { Level = 1 }, new Block(BlockKind.Paragraph, "The terminal opened on Monday.")]);
        var cleaned = RuleConformance.RunAndCheck(Rule, doc);
        Assert.Equal(expected, cleaned.Blocks[0].Text);
        Assert.Equal("The terminal opened on Monday.", cleaned.Blocks[1].Text);
    }

    [Fact]
    public void Dialogue_lines_and_an_address_block_stay() =>
        RuleConformance.LeavesAlone(Rule,
            "“你明天还来吗？”\n“来。”\n“几点？”\n“八点半。”",
            "— Tu viens demain ?\n— Oui, vers huit heures.\n— Très bien, à demain.",
            "Mme Claire Dubois\n12 rue des Lilas\n69003 Lyon\nFrance",
            "北京市海淀区中关村大街27号\n中关村大厦8层\n邮编：100080");

    [Fact]
    public void Captions_and_bylines_are_not_glued_to_text() =>
        RuleConformance.LeavesAlone(Rule,
            "▲ 游客在新开放的湿地公园里观赏候鸟。",
            "□本报记者 张三 文/摄",
            "Photo: volunteers clearing the riverbank after the flood.");

    [Fact]
    public void Image_and_link_lines_are_not_prose() =>
        RuleConformance.LeavesAlone(Rule,
            "![](img/0f3a9c1d2e4b5a6978c0d1e2f3a4b5c6_1.png)",
            "![](img/0f3a9c1d2e4b5a6978c0d1e2f3a4b5c6_2.png)",
            "![](img/0f3a9c1d2e4b5a6978c0d1e2f3a4b5c6_3.png)",
            "https://example.com/news/2024/05/a-very-long-article-name",
            "大家好，我是今天的主持人，欢迎各位来到现场参加本次活动。");

    [Fact]
    public void Paragraphs_of_one_long_line_each_are_never_merged() =>
        RuleConformance.LeavesAlone(Rule,
            "1月3日，市交通委员会发布通知，自下周一起，全市公交线路将陆续调整运营时间，早高峰增加发车班次。",
            "据介绍，此次调整涉及线路四十余条，主要覆盖新建住宅区和产业园区，市民可通过手机应用查询实时到站信息。",
            "交通部门表示，将根据客流变化继续优化线路，并欢迎市民通过热线电话提出意见和建议。");

    [Fact]
    public void Indented_lines_inside_a_block_start_new_paragraphs() =>
        RuleConformance.LeavesAlone(Rule, "　　第一段的内容到这里就结束了，下面是新的一段内容，请注意\n　　第二段从这里开始，它的第一行同样有两个全角空格的缩进，读者");

    // Listings as a PDF reader leaves them: paragraphs of lines as even as a wrapped column.
    [Fact]
    public void Lines_of_code_tex_and_bibtex_are_never_joined() =>
        RuleConformance.LeavesAlone(Rule,
            "\\newcommand\\chapterlabel[1]{Chapitre~#1}%\n\\renewcommand\\sectionmark[1]{\\markright{#1}}\n\\setlength{\\parskip}{0.5em plus 0.2em}%\n\\usepackage[margin=25mm]{geometry}",
            "\\cs_new:Npn \\__demo_report:nn #1#2 { #1 }\n\\tl_new:N \\l__demo_separator_tl\n\\tl_set:Nn \\l__demo_separator_tl { ; }\n\\cs_new:Npn \\__demo_show:n #1 { #1 }",
            "local width_total = node.dimensions(line)\nlocal first_glyph = node.first_glyph(head)\nwhile item ~= nil and item.id == glyph_id do\nreport.add_value(item.char, item.font)",
            "@Article{martin2019kanji,\n  author = {Martin, Sophie and Okada, Ren},\n  title = {Mesurer la lisibilité des kanji},\n  journal = {Revue de typographie comparée},",
            "% sample.tex  (compiled with lualatex twice)\nabrégé              abr.% added in 2021/03/14\nchapitre            chap.% added in 2021/03/14\nparagraphe          paragr.% added in 2021/03/14");

    [Fact]
    public void Contents_and_index_entries_stay_one_per_line() =>
        RuleConformance.LeavesAlone(Rule,
            "1.1 Les sources du droit administratif . . . . . . 12\n1.2 La hiérarchie des normes en pratique . . . . 19\n1.3 Le contrôle de légalité des actes locaux . . . 27\n1.4 Les recours devant le juge administratif . . 35",
            "第一章 城市规划的基本原则与编制程序……………3\n第二章 土地利用总体规划与用地分类标准…………17\n第三章 历史街区保护与更新中的公众参与………29",
            "Lambert, Hélène, voir aussi Dubois, 14, 88–91\nLefèvre, Antoine, juriste et éditeur, 23, 57, 102\nLemoine, Claire, commentatrice de l’arrêt, 9, 61\nLeroy, Paul, auteur du rapport de synthèse, 5, 77");

    [Fact]
    public void A_numbered_section_heading_is_not_joined_to_its_paragraph()
    {
        var cleaned = Run(
            "for the line numbers, and the options are listed below with\n" +
            "their default values, which can be changed at any time\n" +
            "3.2 Choosing the fonts of the line numbers in margins\n" +
            "The package takes the body font unless another one is named\n" +
            "in the preamble, so that the numbers match the surrounding\n" +
            "text without any further setting from the author here.");

        Assert.Contains("at any time\n3.2 Choosing the fonts of the line numbers in margins\nThe package", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("is named in the preamble, so that the numbers match the surrounding text", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Classical_chinese_verse_in_long_lines_stays_line_by_line() =>
        RuleConformance.LeavesAlone(Rule,
            "春江夜静听潮落，古渡风寒看雁回，\n竹径无人青苔满，柴门有客白云来。\n山中岁月随流水，世上功名似草莱，\n且把新茶煎一盏，闲眠石榻不须催。");

    [Fact]
    public void Lines_coloured_by_a_terminal_keep_their_breaks()
    {
        // The escape characters are gone (the unicode rule removes them); what is left still marks a title line.
        var cleaned = Run("[32m题目：《秋夜泊舟寄远方故人》[m\n[33m作者：无名氏（生卒年不详）[m\n秋风吹过江岸边的芦苇丛，\n渔火点点映照着远处的山峦");

        Assert.Equal("[32m题目：《秋夜泊舟寄远方故人》[m\n[33m作者：无名氏（生卒年不详）[m\n秋风吹过江岸边的芦苇丛，渔火点点映照着远处的山峦", cleaned.Text);
    }

    // A PDF reader puts the lowered E of a TeX logo on a line of its own, or at the end of the line above.
    [Fact]
    public void Loose_logo_letters_keep_the_breaks_around_them()
    {
        var cleaned = Run(
            "本手册介绍如何在 LAT X 中排版中文文档，内容涵盖字体选择、版式设置与\n" +
            "E\n" +
            "常见问题的解决办法，适合已经掌握基本命令并希望进一步提高排版质量的\n" +
            "读者阅读。书中的例子都可以直接编译运行，读者可以在使用中逐步熟悉 E\n" +
            "各种宏包的用法，并根据自己的需要调整其中的参数和选项以获得所需效果。");

        Assert.Contains("版式设置与\nE\n常见问题", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("逐步熟悉 E\n各种宏包", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("希望进一步提高排版质量的读者阅读。", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chinese_line_justified_with_spaces_between_characters_is_still_joined()
    {
        var cleaned = Run(
            "会议期间发布了多项政策举措\n" +
            "和研究报告，反映出本市城市\n" +
            "交 通 发 展 的 新 动 向 和 新 趋\n" +
            "势，也为今后几年的规划工作\n" +
            "提供了重要的参考和依据。");

        Assert.DoesNotContain("\n", cleaned.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_appendix_section_number_starts_a_new_line() =>
        RuleConformance.LeavesAlone(Rule,
            "附录中的各节分别说明字体的安装、宏包的更新以及常见错误信息的含义，\nB.1 字体的安装与配置方法以及在不同操作系统下的注意事项说明\n安装字体之前请先确认系统中已经存在的字体文件和它们的版本号");

    [Fact]
    public void Prose_that_only_resembles_these_shapes_is_still_joined()
    {
        var cleaned = Run(
            "Over the last quarter the cost of the transport network rose by 5%\n" +
            "and the city council asked for a review of every contract signed,\n" +
            "3 years after the reform that merged the two operating companies\n" +
            "into one public body with a single board and a single budget.");

        Assert.Equal(
            "Over the last quarter the cost of the transport network rose by 5% and the city council asked for a review of every contract signed, 3 years after the reform that merged the two operating companies into one public body with a single board and a single budget.",
            cleaned.Text);
    }

    [Fact]
    public void French_japanese_and_korean_prose_next_to_a_listing_is_still_joined()
    {
        var cleaned = Run(
            "La commande suivante définit la marge de la page, et elle doit\n" +
            "être placée dans le préambule du document avant toute autre\n" +
            "déclaration de mise en page, comme le montre l’exemple ci-dessous :",
            "\\usepackage[margin=25mm]{geometry}\n\\setlength{\\parindent}{1em}",
            "この設定はプリアンブルに書く必要があり、本文の途中で変\n" +
            "更すると、それ以降のページだけに反映されることになりま\n" +
            "す。詳しくは次の節で説明します。");

        Assert.Equal(
            "La commande suivante définit la marge de la page, et elle doit être placée dans le préambule du document avant toute autre déclaration de mise en page, comme le montre l’exemple ci-dessous :\n\n" +
            "\\usepackage[margin=25mm]{geometry}\n\\setlength{\\parindent}{1em}\n\n" +
            "この設定はプリアンブルに書く必要があり、本文の途中で変更すると、それ以降のページだけに反映されることになります。詳しくは次の節で説明します。",
            cleaned.Text);
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);

    /// <summary>
    /// Hard-wraps <paramref name="text"/> as an editor would at <paramref name="width"/> columns (CJK letters two
    /// columns): at spaces, or between any two characters when the text has none where the line is full.
    /// </summary>
    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        int columns = 0;
        foreach (string word in text.Split(' '))
        {
            int wordWidth = word.Sum(c => TextPipe.Text.Scripts.IsCjkLetter(c) ? 2 : 1);
            if (columns > 0 && columns + 1 + wordWidth > width)
            {
                lines.Add(line.ToString());
                line.Clear();
                columns = 0;
            }
            foreach (char c in (columns > 0 ? " " : "") + word)
            {
                int w = TextPipe.Text.Scripts.IsCjkLetter(c) ? 2 : 1;
                if (columns + w > width && c != ' ')
                {
                    lines.Add(line.ToString());
                    line.Clear();
                    columns = 0;
                }
                if (columns > 0 || c != ' ')
                {
                    line.Append(c);
                    columns += w;
                }
            }
        }
        lines.Add(line.ToString());
        return string.Join("\n", lines);
    }

    private const string KoreanProse =
        "올해 봄 시청은 강변을 따라 새 산책로를 열었고, 근처에 사는 주민들은 매일 저녁 이곳에서 운동을 하거나 산책을 즐긴다. " +
        "담당자는 다음 달부터 양쪽 강둑에 토종 나무를 심고 작은 쉼터도 만들 계획이라고 설명했다. 주민 대표는 아이들과 함께 걸을 수 있는 길이 생겨 기쁘다고 말했다.";

    [Fact]
    public void Korean_wrapped_lines_are_joined_with_a_space()
    {
        var cleaned = Run(Wrap(KoreanProse, 40));

        Assert.Equal(KoreanProse, cleaned.Text);
    }

    [Fact]
    public void Japanese_wrapped_lines_are_joined_without_a_space()
    {
        const string japanese =
            "今年の春、川沿いに新しい遊歩道が完成し、近くに住む人たちは毎日の夕方にここで散歩やジョギングを楽しんでいる。" +
            "担当者によると、来月からは両岸に地元の木を植え、小さな休憩所も作る予定だという。住民の代表は、子どもと一緒に歩ける道ができてうれしいと話した。";

        var cleaned = Run(Wrap(japanese, 30));

        Assert.Equal(japanese, cleaned.Text);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("")]
    public void Chinese_and_Latin_meet_as_the_document_writes_them_elsewhere(string space)
    {
        // The break falls between 图 and App; the only evidence is how the same column writes "App" and "也".
        string column =
            "今年春天，小城的河道整治工程\n" +
            "正式完工。沿河新修的步道连接\n" +
            "了老街和火车站，附近居民每天\n" +
            "傍晚都会来这里散步、跑步和遛\n" +
            "狗。工程负责人介绍，园区地图\n" +
            $"App{space}也已上线，下一步还将在两\n" +
            "岸种植本地树种。";

        var cleaned = Run(column);

        Assert.Equal($"今年春天，小城的河道整治工程正式完工。沿河新修的步道连接了老街和火车站，附近居民每天傍晚都会来这里散步、跑步和遛狗。工程负责人介绍，园区地图{space}App{space}也已上线，下一步还将在两岸种植本地树种。", cleaned.Text);
    }

    [Fact]
    public void An_English_line_ending_in_a_closing_quote_joins_the_next_with_a_space()
    {
        const string prose = "The inspector wrote on the notice that the old pier was “closed for repairs” and the ferry crews read it the next morning before the first crossing of the day, then they “waited” for the harbour master to arrive with the new timetable for the spring season.";

        var cleaned = Run(Wrap(prose, 46));

        Assert.Equal(prose, cleaned.Text);
    }

    [Fact]
    public void A_labelled_line_such_as_an_author_line_is_not_joined_to_the_title_above()
    {
        const string anthology =
            "《春晓》\n作者：孟浩然\n春眠不觉晓，处处闻啼鸟。\n夜来风雨声，花落知多少。\n\n" +
            "题目：《静夜思》\n作者：李白\n床前明月光，疑是地上霜。\n举头望明月，低头思故乡。";

        var cleaned = Run(anthology);

        Assert.Contains("《春晓》\n作者：孟浩然", cleaned.Text, StringComparison.Ordinal);
        Assert.Contains("题目：《静夜思》\n作者：李白", cleaned.Text, StringComparison.Ordinal);
    }
}
