using System.Collections.Immutable;
using TextPipe.Cleanup;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;

namespace TextPipe.Tests.Cleanup.Rules;

public class TranscriptRuleTests
{
    private static readonly TranscriptRule Rule = new();
    private static readonly CleanupOptions Transcript = new() { Profile = "default", EnabledRules = [], AssumeTranscript = true };

    private static Document Run(params string[] paragraphs) =>
        RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs), Transcript);

    private static List<Edit> Edits(Document doc) => [.. doc.Edits];

    [Theory]
    [InlineData("P3：20231105-2023全球开发者大会开幕式 - LiMing_Channel - BV1xY4y1z7Ab", "2023全球开发者大会开幕式", "LiMing_Channel")]
    [InlineData("EP12 | 20240102 | Keynote: The Future of Robotics", "Keynote: The Future of Robotics", null)]
    [InlineData("Conférence sur le climat - ChaineScience - av170001234", "Conférence sur le climat", "ChaineScience")]
    [InlineData("How transformers work [aB3dE5fG7hJ]", "How transformers work", null)]
    [InlineData("第5集：2024年3月8日 人工智能与教育论坛", "人工智能与教育论坛", null)]
    public void A_title_line_in_an_exporters_format_becomes_the_title(string line, string title, string? uploader)
    {
        var doc = CleanupTestDocuments.FromBlocks(
            [new Block(BlockKind.Heading, line) { Level = 1 }, new Block(BlockKind.Paragraph, "大家好，欢迎来到今天的节目。")]);
        var cleaned = RuleConformance.RunAndCheck(Rule, doc);
        Assert.Equal(title, cleaned.Metadata.Title);
        Assert.Equal(uploader, cleaned.Metadata.Byline);
        Assert.Equal("大家好，欢迎来到今天的节目。", cleaned.Text);
        var edit = Assert.Single(cleaned.Edits);
        Assert.Equal(EditAction.Removed, edit.Action);
        Assert.StartsWith(line, edit.Original, StringComparison.Ordinal);
        Assert.StartsWith("transcript title", edit.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_on_the_first_line_of_a_paragraph_goes_with_its_line_break()
    {
        var cleaned = Run("# P2 - 2024-05-01 - 产品发布会\n各位好，发布会现在开始。");
        Assert.Equal("各位好，发布会现在开始。", cleaned.Text);
        Assert.Equal("产品发布会", cleaned.Metadata.Title);
    }

    [Theory]
    [InlineData("2024 World AI Conference: Closing Ceremony")]
    [InlineData("P5 - Chapter five")]
    [InlineData("Annual report 2023-12-31")]
    [InlineData("第三章 人工智能的历史")]
    public void Ordinary_headings_are_not_transcript_titles(string heading)
    {
        var doc = CleanupTestDocuments.FromBlocks([new Block(BlockKind.Heading, heading) { Level = 1 }, new Block(BlockKind.Paragraph, "Some text.")]);
        var context = new CleanupContext(doc, new CleanupOptions { Profile = "default", EnabledRules = [] });
        context.Run(Rule);
        Assert.Empty(context.Edits);
    }

    [Theory]
    [InlineData("我们的产品外壳外壳外壳采用了新材料。", "我们的产品外壳采用了新材料。", "'外壳' ×3")]
    [InlineData("这是一个非常重要的非常重要的非常重要的非常重要的决定。", "这是一个非常重要的决定。", "'非常重要的' ×4")]
    [InlineData("I think the the the answer is no.", "I think the answer is no.", "'the' ×3")]
    [InlineData("Thank you thank you thank you for coming.", "Thank you for coming.", "'Thank you' ×3")]
    [InlineData("Nous allons on va on va on va commencer.", "Nous allons on va commencer.", "'on va' ×3")]
    public void Loops_of_a_unit_said_three_times_collapse_to_one(string input, string output, string note)
    {
        var cleaned = Run(input);
        Assert.Equal(output, cleaned.Text);
        var edit = Assert.Single(cleaned.Edits);
        Assert.Equal(EditAction.Removed, edit.Action);
        Assert.Contains(note, edit.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("以合作促发展，以合作促发展，以合作促发展，我们一起努力。", "以合作促发展，我们一起努力。")]
    [InlineData("开放共赢，携手同行，开放共赢，携手同行，开放共赢，携手同行。", "开放共赢，携手同行。")]
    [InlineData("we are here together, we are here together, we are here together, and then", "we are here together, and then")]
    [InlineData("欢迎大家，共建未来，共创辉煌，共建未来，共创辉煌，共建未来，共创辉煌", "欢迎大家，共建未来，共创辉煌")]
    public void Clause_loops_collapse_to_the_first_group(string input, string output)
    {
        var cleaned = Run(input);
        Assert.Equal(output, cleaned.Text);
        Assert.All(cleaned.Edits, e => Assert.StartsWith("clause loop", e.Note, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Book, come out, please, please, please! Let's read the title.")]
    [InlineData("Look at it: the path, the path, the path. Old path, gold path!")]
    [InlineData("Allez, vas-y, vas-y, vas-y, tu y es presque.")]
    [InlineData("Venga, vamos, vamos, vamos, ya casi llegamos.")]
    public void A_short_clause_said_three_times_is_emphasis_and_stays(string input)
    {
        var cleaned = Run(input);

        Assert.Equal(input, cleaned.Text);
    }

    [Fact]
    public void A_short_clause_said_five_times_is_still_a_loop()
    {
        var cleaned = Run("Okay then, please, please, please, please, please, and we start.");

        Assert.Equal("Okay then, please, and we start.", cleaned.Text);
    }

    [Fact]
    public void A_clause_loop_that_runs_on_into_the_next_paragraph_is_collapsed_there()
    {
        var cleaned = Run("最后我们说，携手共进，携手共进。", "合作共赢，携手共进，合作共赢，携手共进，合作共赢，好，谢谢大家。");
        Assert.Equal("最后我们说，携手共进，携手共进。\n\n合作共赢，好，谢谢大家。", cleaned.Text);
    }

    [Fact]
    public void One_slightly_misheard_clause_inside_an_exact_loop_is_part_of_the_loop()
    {
        // 一以 / 以 misheard once; the clauses before and after it agree exactly.
        var cleaned = Run("以开放促合作，以创新促发展，一开放求合作，以创新促发展，以开放促合作，以创新促发展，谢谢。");
        Assert.Equal("以开放促合作，以创新促发展，谢谢。", cleaned.Text);
    }

    [Theory]
    [InlineData("第一个问题，第二个问题，第三个问题，第四个问题。")]
    [InlineData("第一个问题，第二个问题，第一个问题。")]
    [InlineData("对，对，对，就是这样。")]
    [InlineData("No, no, no, that is not it.")]
    [InlineData("谢谢，谢谢，谢谢大家。")]
    [InlineData("谢谢谢谢，请坐。")]
    [InlineData("哈哈哈哈哈，太好笑了。")]
    [InlineData("对对对，好好好，是是是。")]
    [InlineData("好的好的好的，我知道了。")]
    [InlineData("It was very very good, really really really good.")]
    [InlineData("no no no, yes yes yes, ha ha ha.")]
    [InlineData("欢迎您，欢迎您，请进。")]
    [InlineData("春眠不觉晓，处处闻啼鸟。春眠不觉晓，处处闻啼鸟。")]
    [InlineData("好啊，我们走吧。嗯哼这个名字很奇怪。")]
    [InlineData("Uh-huh, mm-hmm, that's right.")]
    [InlineData("嗯？你说什么？啊！太好了！")]
    public void Speech_that_repeats_on_purpose_stays(string paragraph)
    {
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(paragraph), Transcript);
        context.Run(Rule);
        Assert.True(context.Edits.Count == 0, string.Join(" | ", context.Edits.Select(e => $"{e.Action} '{e.Original}' {e.Note}")));
    }

    [Theory]
    [InlineData("我们今天，我们今天讨论一下预算问题。", "我们今天讨论一下预算问题。", "我们今天，")]
    [InlineData("大家可以看到，大家可以看到这里的数据。", "大家可以看到这里的数据。", "大家可以看到，")]
    [InlineData("这个项目这个项目明年就要启动了。", "这个项目明年就要启动了。", "这个项目")]
    [InlineData("我覺得我覺得這個方案可以。", "我覺得這個方案可以。", "我覺得")]
    [InlineData("私たちは私たちは明日出発します。", "私たちは明日出発します。", "私たちは")]
    [InlineData("I think I think we should start now.", "I think we should start now.", " I think")]
    [InlineData("So the the main point is simple.", "So the main point is simple.", " the")]
    [InlineData("I, I really wanted to say thanks.", "I really wanted to say thanks.", "I, ")]
    [InlineData("那个，那个，那个我们开始吧。", "那个我们开始吧。", "那个，那个，")]
    [InlineData("Je pense que je pense que c'est une bonne idée.", "Je pense que c'est une bonne idée.", " je pense que")]
    [InlineData("Nous avons reçu les les résultats hier.", "Nous avons reçu les résultats hier.", " les")]
    public void A_restart_said_twice_and_then_continued_loses_one_copy(string input, string output, string removed)
    {
        var doc = Run(input);

        Assert.Equal(output, doc.Text);
        var edit = Assert.Single(doc.Edits);
        Assert.Equal((EditAction.Removed, removed), (edit.Action, edit.Original));
        Assert.StartsWith("restart: ", edit.Note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我们要研究研究这个问题，讨论讨论再决定。")]
    [InlineData("大家高高兴兴地回家了，天天向上，一步一步地走。")]
    [InlineData("这款手机的外壳外壳采用了新材料。")]
    [InlineData("加油，加油！慢慢来，慢慢来。")]
    [InlineData("谢谢，谢谢大家的支持。")]
    [InlineData("Thank you, thank you for coming tonight.")]
    [InlineData("It was very very good and I know that that is true.")]
    [InlineData("He had had enough, and he he laughed.")]
    [InlineData("Nous nous sommes levés tôt, vous vous trompez, c'est très très bien.")]
    [InlineData("I think, I think. We did it, we did it!")]
    [InlineData("Who has got the power the power to read? The man who came the man who came back.")]
    [InlineData("它是一个一个地检查的，一点一点地改进。")]
    public void Grammatical_doubles_emphasis_and_two_letter_units_stay(string paragraph)
    {
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(paragraph), Transcript);
        context.Run(Rule);
        Assert.True(context.Edits.Count == 0, string.Join(" | ", context.Edits.Select(e => $"{e.Action} '{e.Original}' {e.Note}")));
    }

    [Theory]
    [InlineData("呃，我们今天讨论的是，嗯，人工智能。", "我们今天讨论的是，人工智能。")]
    [InlineData("我觉得，呃呃，这个方案可以，啊。", "我觉得，这个方案可以。")]
    [InlineData("So, um, I think we should, uh, start now.", "So, I think we should, start now.")]
    [InlineData("I um think that uh this works.", "I think that this works.")]
    [InlineData("Alors, euh, je pense que c'est bien.", "Alors, je pense que c'est bien.")]
    public void Fillers_said_on_their_own_go(string input, string output)
    {
        var cleaned = Run(input);
        Assert.Equal(output, cleaned.Text);
        Assert.All(cleaned.Edits, e => Assert.Equal("filler", e.Note));
    }

    [Theory]
    [InlineData("[Music]\nHello everyone, welcome back.", "Hello everyone, welcome back.")]
    [InlineData("[音乐] 大家好，欢迎收看。（掌声）", "大家好，欢迎收看。")]
    [InlineData("Merci beaucoup. (rires) [Musique] Bon, on commence.", "Merci beaucoup. Bon, on commence.")]
    [InlineData("♪ la la la ♪\nThat was our song. [soft music playing]", "That was our song.")]
    [InlineData("And that's it (Applause)", "And that's it")]
    public void Sound_cues_go(string input, string output)
    {
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(input));
        Assert.Equal(output, cleaned.Text);
        Assert.All(cleaned.Edits, e => Assert.Equal("sound cue", e.Note));
    }

    [Fact]
    public void Timestamps_and_speaker_labels_at_line_start_go_and_a_cue_alone_in_a_paragraph_removes_it()
    {
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(
            "[00:00:01] SPEAKER_01: Good morning.\n00:00:04 --> 00:00:07 Host: Thanks for joining.",
            "[Applause]",
            "00:12 主持人：欢迎各位。"));
        Assert.Equal("Good morning.\nThanks for joining.\n\n欢迎各位。", cleaned.Text);
        Assert.Contains(cleaned.Edits, e => e.Note == "speaker label: SPEAKER_01");
        Assert.Contains(cleaned.Edits, e => e.Note == "speaker label: 主持人");
        Assert.Contains(cleaned.Edits, e => e.Note == "timestamp" && e.Original == "[00:00:01] ");
    }

    [Fact]
    public void Latin_clauses_of_three_words_inside_interpreted_Chinese_are_flagged_not_removed()
    {
        string text = "接下来有请我们今天非常重要的一位嘉宾来到舞台上，Please welcome our guest，请大家掌声欢迎他的到来，他说，Thank you，我们讨论了scaling law和大模型的发展问题以及未来的方向，Nous sommes très heureux，谢谢大家的参与和支持。";
        var cleaned = Run(text);
        Assert.Equal(text, cleaned.Text);
        var flags = cleaned.Edits.Where(e => e.Action == EditAction.Flagged).ToList();
        Assert.Equal(["Please welcome our guest", "Nous sommes très heureux"], flags.Select(f => f.Original));
        Assert.Equal(["interpreted-fragment: en", "interpreted-fragment: fr"], flags.Select(f => f.Note));
    }

    [Theory]
    [InlineData("呃，我不知道该怎么说。他停顿了一下，说：“呃，好吧。”")]
    [InlineData("The the the cat. Um, yes.")]
    [InlineData("Agenda\n09:00 Registration\n12:30 Lunch")]
    [InlineData("Q: What is TextPipe?\nA: A cleaning tool.")]
    [InlineData("我们说，Let us go now together，然后离开了。")]
    [InlineData("我们今天，我们今天讨论预算。I think I think so, and the the end.")]
    public void Documents_that_do_not_look_like_transcripts_are_left_alone(string paragraph) =>
        RuleConformance.LeavesAlone(Rule, paragraph);

    [Fact]
    public void Comma_only_Chinese_punctuation_is_enough_to_recognise_a_transcript()
    {
        string clause = "我们今天在这里相聚，共同讨论人工智能的发展，";
        string speech = string.Concat(Enumerable.Repeat(clause, 15)) + "呃，谢谢大家外壳外壳外壳。";
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(speech), new CleanupOptions { Profile = "default", EnabledRules = [] });
        Assert.True(TranscriptRule.LooksLikeTranscript(context));
        // A transcript export with a '#' line is read as Markdown: its speech paragraphs still count.
        var markdown = CleanupTestDocuments.FromBlocks([new Block(BlockKind.Heading, "会议录音") { Level = 1 }, new Block(BlockKind.Paragraph, speech)]);
        Assert.True(TranscriptRule.LooksLikeTranscript(new CleanupContext(markdown with { Metadata = markdown.Metadata with { Format = "markdown" } }, context.Options)));
        var prose = new CleanupContext(CleanupTestDocuments.FromParagraphs(string.Concat(Enumerable.Repeat("我们今天在这里相聚，讨论人工智能。", 20))), context.Options);
        Assert.False(TranscriptRule.LooksLikeTranscript(prose));
    }

    private static readonly CleanupOptions Default = new() { Profile = "default", EnabledRules = [] };

    private static Document WithFormat(Document doc, string format) => doc with { Metadata = doc.Metadata with { Format = format } };

    /// <summary>A Chinese README's link list: list items with links, emoji shortcodes and comma-separated notes.</summary>
    private static Document ChineseLinkListReadme(string format)
    {
        var topics = new[] { "操作系统", "数据库原理", "计算机网络", "编译原理", "算法导论", "前端开发", "机器学习" };
        var blocks = ImmutableArray.CreateBuilder<Block>();
        blocks.Add(new Block(BlockKind.Heading, "免费的编程中文书籍索引") { Level = 1 });
        blocks.Add(new Block(BlockKind.Paragraph, "本列表收集免费的中文编程书籍，欢迎提交补充"));
        for (int i = 0; i < 120; i++)
        {
            string topic = topics[i % topics.Length];
            blocks.Add(new Block(BlockKind.ListItem, $"[{topic}入门第{i + 1}版](http://example.org/book/{i}) (作者，译者，出版社，年份，进度，格式)"));
        }
        blocks.Add(new Block(BlockKind.ListItem, "UNIX TOOLBOX :worried:"));
        blocks.Add(new Block(BlockKind.ListItem, "SED 简明教程 : 作者，译者，年份"));
        return WithFormat(CleanupTestDocuments.FromBlocks(blocks.ToImmutable()), format);
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("text")]
    public void A_comma_heavy_chinese_link_list_is_not_a_transcript(string format)
    {
        var readme = ChineseLinkListReadme(format);
        var context = new CleanupContext(readme, Default);
        Assert.False(TranscriptRule.LooksLikeTranscript(context));
        context.Run(Rule);
        Assert.Empty(context.Edits);
    }

    [Fact]
    public void The_same_link_list_read_as_plain_text_lines_is_not_a_transcript_either()
    {
        var lines = Enumerable.Range(1, 150).Select(i => $"- [数据结构与算法第{i}版](https://example.org/{i}) （作者，译者，出版社，年份，进度）");
        var doc = CleanupTestDocuments.FromParagraphs(string.Join("\n", lines));
        Assert.False(TranscriptRule.LooksLikeTranscript(new CleanupContext(doc, Default)));
    }

    [Fact]
    public void Long_comma_spliced_chinese_prose_is_not_a_transcript()
    {
        string prose =
            "在这座城市的老街上，人们依旧保持着清晨喝茶的习惯，茶馆里坐满了老人，他们谈论着天气、物价和孩子们的学业，偶尔也会说起年轻时读过的《水浒传》，说到兴起处，有人拍着桌子大笑，有人摇头叹息，服务员提着铜壶穿梭其间，为每一位客人续水。"
            + "窗外的梧桐树影斑驳，阳光透过叶隙落在青石板上，卖早点的小贩推着车经过，吆喝声此起彼伏，几个孩子背着书包跑过巷口，带起一阵笑声，一切都显得安静而从容，仿佛时间在这里走得格外慢，连街角那只黄猫也懒得挪动身子。"
            + "傍晚时分，老街又热闹起来，有人在门口摆开棋盘，有人拉起二胡，唱的是“十五的月亮”，邻居们端着饭碗出来听，一边吃一边评点，直到路灯亮起，人群才慢慢散去，留下满地的瓜子壳和一段段说不完的往事。";
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(prose), Default);
        Assert.False(TranscriptRule.LooksLikeTranscript(context));
    }

    [Theory]
    [InlineData("Installation\nNOTE: run the script as root.\nUsage: tool [options] FILE")]
    [InlineData("Remarque : ce module est expérimental.\nATTENTION : les données seront effacées.")]
    [InlineData("注意：本项目仅供学习使用。\n作者：张三")]
    public void Readme_lines_with_colons_are_left_alone(string paragraph) =>
        RuleConformance.LeavesAlone(Rule, paragraph);

    [Fact]
    public void A_faq_with_q_and_a_lines_is_not_a_transcript()
    {
        var faq = CleanupTestDocuments.FromParagraphs(
            "Q: 这个工具支持哪些格式？\nA: 支持纯文本、Markdown、PDF和字幕文件。",
            "Q: Is it free?\nA: Yes, under the MIT licence.",
            "Q : Est-ce que ça marche hors ligne ?\nR : Oui, entièrement.");
        var context = new CleanupContext(faq, Default);
        Assert.False(TranscriptRule.LooksLikeTranscript(context));
        context.Run(Rule);
        Assert.Empty(context.Edits);
    }

    [Fact]
    public void Numbered_speaker_ids_on_two_lines_make_a_transcript_and_go()
    {
        var doc = CleanupTestDocuments.FromParagraphs("SPEAKER_00: So, um, shall we start?\nSPEAKER_01: Yes, let us begin with the budget.");
        var cleaned = RuleConformance.RunAndCheck(Rule, doc, Default);
        Assert.Equal("So, shall we start?\nYes, let us begin with the budget.", cleaned.Text);
        Assert.Contains(cleaned.Edits, e => e.Note == "speaker label: SPEAKER_00");
    }

    [Fact]
    public void A_dialogue_of_named_turns_in_a_transcript_loses_its_labels()
    {
        var doc = CleanupTestDocuments.FromParagraphs(
            "[00:00:02] INTERVIEWER: Thanks for coming in today.\n[00:00:05] MARIE DUBOIS: It's a pleasure.\n[00:00:09] INTERVIEWER: Let's talk about the project.");
        var cleaned = RuleConformance.RunAndCheck(Rule, doc, Default);
        Assert.Equal("Thanks for coming in today.\nIt's a pleasure.\nLet's talk about the project.", cleaned.Text);
        Assert.Contains(cleaned.Edits, e => e.Note == "speaker label: MARIE DUBOIS");
    }

    [Fact]
    public void A_single_name_and_colon_line_in_a_transcript_is_not_a_speaker_turn()
    {
        var doc = CleanupTestDocuments.FromParagraphs("[Music] UNIX TOOLBOX : a handy reference, as I said.", "And then we moved on.");
        var cleaned = RuleConformance.RunAndCheck(Rule, doc, Default);
        Assert.Equal("UNIX TOOLBOX : a handy reference, as I said.\n\nAnd then we moved on.", cleaned.Text);
    }

    [Fact]
    public void A_shortcode_after_a_label_shape_is_not_speech()
    {
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs("UNIX TOOLBOX :worried:\nLINUX TOOLS :smile:"), Transcript);
        Assert.Equal("UNIX TOOLBOX :worried:\nLINUX TOOLS :smile:", cleaned.Text);
    }

    [Fact]
    public void Many_standalone_fillers_make_a_transcript()
    {
        string speech = "呃，我们今天主要讲三件事，嗯，第一是预算，呃，第二是人员。然后，嗯，第三个是时间表，啊，这个比较紧。So, um, that's the plan, uh, any questions?";
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(speech), Default);
        Assert.True(TranscriptRule.LooksLikeTranscript(context));
        var written = new CleanupContext(CleanupTestDocuments.FromParagraphs("“呃，我不知道，”他说。她想了想：“嗯，好吧。”" + new string('好', 10) + "。"), Default);
        Assert.False(TranscriptRule.LooksLikeTranscript(written));
    }

    [Fact]
    public void Holds_on_generated_text()
    {
        RuleConformance.HoldsOnGeneratedText(Rule);
        RuleConformance.HoldsOnGeneratedText(Rule, Transcript);
    }

    [Fact]
    public void Runs_in_default_and_strict_profiles() =>
        Assert.Equal(new[] { "default", "strict" }, Rule.Descriptor.Profiles.Order(StringComparer.Ordinal));

    private static Document Subtitles(string format, params string[] paragraphs)
    {
        var doc = CleanupTestDocuments.FromParagraphs(paragraphs);
        return doc with { Metadata = doc.Metadata with { Format = format } };
    }

    [Theory]
    [InlineData("srt", "The storm came in fast. [WAVES CRASHING] We had to turn back.", "The storm came in fast. We had to turn back.")]
    [InlineData("vtt", "[door creaks] Who's there?", "Who's there?")]
    [InlineData("srt", "Le téléphone sonne. (TÉLÉPHONE QUI SONNE) Allô ?", "Le téléphone sonne. Allô ?")]
    [InlineData("vtt", "Hold on. [MAN SHOUTING IN DISTANCE]", "Hold on.")]
    public void Subtitle_files_lose_their_sound_descriptions_without_needing_the_transcript_gate(string format, string input, string expected)
    {
        // No option: a subtitle file is a transcript by its format alone.
        var cleaned = RuleConformance.RunAndCheck(Rule, Subtitles(format, input), new CleanupOptions { Profile = "default", EnabledRules = [] });

        Assert.Equal(expected, cleaned.Text);
        Assert.All(cleaned.Edits, e => Assert.Equal("sound cue", e.Note));
    }

    [Theory]
    [InlineData("srt", "He said (and I quote) that it was fine.")]
    [InlineData("vtt", "Call me at (555) 010-0199.")]
    [InlineData("srt", "See chapter [3] of the report.")]
    public void Subtitle_text_in_ordinary_parentheses_stays(string format, string input)
    {
        var cleaned = RuleConformance.RunAndCheck(Rule, Subtitles(format, input), new CleanupOptions { Profile = "default", EnabledRules = [] });
        Assert.Equal(input, cleaned.Text);
    }

    [Fact]
    public void Square_brackets_in_ordinary_text_are_not_sound_cues()
    {
        var cleaned = RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs("The minister [of finance] resigned on Friday."), Transcript);
        Assert.Equal("The minister [of finance] resigned on Friday.", cleaned.Text);
    }
}
