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
    public void Korean_keeps_its_ascii_punctuation() =>
        RuleConformance.LeavesAlone(Rule,
            "이 사건은 단순한 사고가 아닌, 역사적 전환점이었다. 한국사회연구소(소장 김준우)는 보고서를 냈다.",
            "\"우리는 준비가 되어 있다\"고 그는 말했다: 내일 다시 만나자!",
            "大韓民國 憲法(1948년 제정)은 국민 주권을 명시한다.");

    [Fact]
    public void Japanese_is_not_rewritten_in_either_comma_convention() =>
        RuleConformance.LeavesAlone(Rule,
            "本稿では, 関数の連続性について述べる. まず, 定義を確認しよう: 任意の点で極限が存在する.",
            "説明会は来月10日(土)午後2時から開かれる。担当者は\"備えが大切だ\"と話した。",
            "東京都知事(小池百合子)は記者会見で計画を発表した。");

    [Fact]
    public void A_korean_or_japanese_sentence_inside_a_chinese_block_is_left_while_the_chinese_is_converted()
    {
        string text = "这首歌很受欢迎,歌名叫做" + "\n" + "사랑해(Love you), 정말!" + "\n" + "大家都会唱(包括我)。";
        Assert.Equal("这首歌很受欢迎，歌名叫做\n사랑해(Love you), 정말!\n大家都会唱（包括我）。", Clean(text));
    }

    [Theory]
    [InlineData("使用 jieba.Tokenizer(dictionary=DEFAULT_DICT) 新建自定义分词器，可同时使用不同词典。")]
    [InlineData("调用jieba.cut(sentence, cut_all=False)即可得到结果。")]
    [InlineData("先执行print()函数，再调用load_model(path)加载。")]
    [InlineData("表情 :worried: 和 :+1: 以及 :white_check_mark: 都是短码。")]
    [InlineData("页面里的<p align=\"center\">标签</p>与<!-- 注释, 说明 -->都是标记。")]
    [InlineData("{\"id\": 7, \"abst\": \"本文提出一种方法,效果显著:准确率提高。\", \"keyword\": [\"分词\", \"统计\"]}")]
    [InlineData("迈向/v 充满/vn 希望/n 的/u 新/a 世纪/n ，/w 锦/Ag ，/w 讲话/n")]
    [InlineData("中国_NR 经济_NN 保持_VV 增长_NN ,_PU 出口_NN 回升_VV")]
    public void Code_shortcodes_markup_json_and_annotation_are_syntax_not_typography(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("研究人员使用ChatGPT(聊天机器人)生成问题。", "研究人员使用ChatGPT（聊天机器人）生成问题。")]
    [InlineData("这款模型叫GPT(生成式预训练),很有名。", "这款模型叫GPT（生成式预训练），很有名。")]
    [InlineData("推荐阅读:官方文档。", "推荐阅读：官方文档。")]
    [InlineData("列夫・托尔斯泰的小说(战争与和平)很长,值得一读。", "列夫・托尔斯泰的小说（战争与和平）很长，值得一读。")]
    public void A_name_with_a_chinese_gloss_is_not_code(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Theory]
    [InlineData("这个酒店服务不错，就是有点麻烦.建议下次早点预订.", "这个酒店服务不错，就是有点麻烦。建议下次早点预订。")]
    [InlineData("房间很干净. 早餐也很丰富", "房间很干净。早餐也很丰富")]
    [InlineData("第一行写完了.\n第二行开始", "第一行写完了。\n第二行开始")]
    public void An_ascii_full_stop_between_chinese_clauses_becomes_a_chinese_one(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Theory]
    [InlineData("然后...他就走了。")]
    [InlineData("一.总则\n二.范围")]
    [InlineData("第一章.概述")]
    [InlineData("请打开配置.json文件，版本为3.5。")]
    [InlineData("他用的是Python.我们用的是Java。")]
    [InlineData("访问example.com获取。")]
    [InlineData("これは本です.次へ進む.")]
    public void Periods_that_may_mean_something_else_stay(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Fact]
    public void A_long_unbroken_chinese_line_costs_one_pass_not_one_per_character()
    {
        // The e-mail and JSON patterns once rescanned the rest of a letter run from every position: minutes here.
        string run = string.Concat(Enumerable.Repeat("我们今天在这里讨论人工智能的发展", 6000));
        string text = run + "," + run + "\n{\"a\": \"" + run + "," + run;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var cleaned = Clean(text);
        watch.Stop();
        Assert.Equal(run + "，" + run, cleaned[..(2 * run.Length + 1)]);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("Linux 下的 clang，macOS 下的 Xcode 都可以")]
    [InlineData("使用 Vim，Emacs 或 VS Code 編輯")]
    [InlineData("设置 font：SimSun，size：12")]
    [InlineData("Gitee：https://gitee.com/example/repo")]
    [InlineData("书号： 978-7-111/TP.2024，\n2024")]
    [InlineData("什么是 AMS-TeX 或 AMS-LaTeX？")]
    public void Full_width_marks_in_a_sentence_with_han_or_before_a_url_stay(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("Berlin，München und Hamburg", "Berlin, München und Hamburg")]
    [InlineData("Bonjour，tout le monde", "Bonjour, tout le monde")]
    public void Full_width_marks_in_latin_sentences_without_han_still_become_ascii(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Theory]
    [InlineData("安全外壳(SSH)协议用于远程登录")]
    [InlineData("详见手册 crontab(5) 的说明")]
    [InlineData("默认目标是\"multi-user.target\"的链接")]
    [InlineData("状态用圆点(\"●\")表示")]
    [InlineData("請以管理員(root)身分執行")]
    [InlineData("配置文件位于(/etc/app/配置)目录")]
    [InlineData("错误码为(404)时重试")]
    public void Brackets_and_quotes_around_names_codes_paths_and_symbols_stay(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("会议(第三次)在北京召开", "会议（第三次）在北京召开")]
    [InlineData("臺北(臺灣首府)很熱鬧", "臺北（臺灣首府）很熱鬧")]
    [InlineData("今天,我们讨论\"数字经济\"", "今天，我们讨论“数字经济”")]
    public void Brackets_and_quotes_around_chinese_still_convert(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Fact]
    public void A_document_that_quotes_commands_with_straight_quotes_keeps_its_quoted_chinese_too()
    {
        RuleConformance.LeavesAlone(Rule, "切换到 \"图形\" 模式", "\"systemctl isolate graphical\"");
        RuleConformance.LeavesAlone(Rule, "圆点 \"●\" 表示 \"未启动\"");
        RuleConformance.LeavesAlone(Rule, "編輯 \"/etc/fstab\" 檔案", "切換到 \"圖形\" 模式");
    }

    [Theory]
    [InlineData("索引项, 12")]
    [InlineData("導言區, 3, 17–19")]
    public void An_index_entry_keeps_the_comma_before_its_page_numbers(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("由公式 ?eq:first 变化而来")]
    [InlineData("参见 !ref 标签")]
    [InlineData("见公式 ??fig:one 的推导")]
    public void A_question_or_exclamation_mark_glued_to_a_latin_token_stays(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Fact]
    public void Quotes_pair_within_a_line_and_an_odd_line_keeps_all_of_its_quotes() =>
        Assert.Equal("配置写在 \"/etc/app.conf 里\n切换到“图形”（界面）\n表示“未启动”或“已停止”的状态",
            Clean("配置写在 \"/etc/app.conf 里\n切换到\"图形\" (界面)\n表示 \"未启动\"或\"已停止\"的状态"));

    [Theory]
    [InlineData("\\newcommand{\\pair}{甲,乙}")]
    [InlineData("\\__pkg_check:n 检查编码,然后继续")]
    [InlineData("使用 \\setmainfont 设置字体,例如宋体")]
    [InlineData("参数写成 {甲,乙} 即可")]
    [InlineData("类型 Map<String, 整数> 表示映射,键为字符串")]
    [InlineData("+define<zh><甲, 乙, 丙>")]
    public void Lines_with_tex_commands_or_braces_are_left_whole(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Fact]
    public void A_japanese_document_is_left_whole_even_on_lines_without_kana() =>
        RuleConformance.LeavesAlone(Rule, "これは日本語の説明書です。書式について説明します。", "書式(一行目前) & (一行目後)", "漢字,仮名");

    [Theory]
    [InlineData("This guide covers 中文 input methods in 日本.")]
    [InlineData("Le livre 三体 est traduit en 中文.")]
    [InlineData("推荐阅读《数据结构.第二版》")]
    public void A_period_ending_a_latin_sentence_or_inside_a_title_stays(string text) =>
        RuleConformance.LeavesAlone(Rule, text);

    [Theory]
    [InlineData("今天天气很好.我们去公园.", "今天天气很好。我们去公园。")]
    [InlineData("我们使用 Python 处理数据.然后画图", "我们使用 Python 处理数据。然后画图")]
    public void A_period_ending_a_chinese_sentence_still_converts(string input, string expected) =>
        Assert.Equal(expected, Clean(input));

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);
}
