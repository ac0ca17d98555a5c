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
    public void Documents_that_do_not_look_like_transcripts_are_left_alone(string paragraph) =>
        RuleConformance.LeavesAlone(Rule, paragraph);

    [Fact]
    public void Comma_only_Chinese_punctuation_is_enough_to_recognise_a_transcript()
    {
        string clause = "我们今天在这里相聚，共同讨论人工智能的发展，";
        string speech = string.Concat(Enumerable.Repeat(clause, 15)) + "呃，谢谢大家外壳外壳外壳。";
        var context = new CleanupContext(CleanupTestDocuments.FromParagraphs(speech), new CleanupOptions { Profile = "default", EnabledRules = [] });
        Assert.True(TranscriptRule.LooksLikeTranscript(context));
        var prose = new CleanupContext(CleanupTestDocuments.FromParagraphs(string.Concat(Enumerable.Repeat("我们今天在这里相聚，讨论人工智能。", 20))), context.Options);
        Assert.False(TranscriptRule.LooksLikeTranscript(prose));
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
