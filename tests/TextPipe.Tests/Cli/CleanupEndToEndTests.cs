using System.Text.Json;

namespace TextPipe.Tests.Cli;

/// <summary>
/// New documents, written for these tests, damaged the way real inputs are (not the seeds' strings), run
/// through the real convert command with the default profile: the noise goes, the sentences a reader
/// would keep stay, and the audit rebuilds the input.
/// </summary>
public class CleanupEndToEndTests
{
    private static JsonElement Convert(string name, string content)
    {
        using var temp = new TempFolder();
        var run = CliRun.Invoke(["convert", temp.File(name, content)]);
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement.Clone();
    }

    [Fact]
    public void A_chinese_subtitle_file_loses_its_restarts_and_lost_numbers_and_splits_after_a_closing_quote()
    {
        const string srt = """
            1
            00:00:01,000 --> 00:00:04,000
            我们今天，我们今天讨论一下新的计划。

            2
            00:00:04,500 --> 00:00:08,000
            这个方案这个方案去年已经试过了，成本下降了<>%。

            3
            00:00:08,500 --> 00:00:12,000
            他说：“明年再看。”大家都笑了。
            """;
        using var temp = new TempFolder();
        var run = CliRun.Invoke(["convert", temp.File("talk.srt", srt), "--unit", "sentence"]);
        Assert.True(run.ExitCode == 0, run.Error);

        var sentences = run.OutputLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()).ToList();
        Assert.Equal(["我们今天讨论一下新的计划。", "他说：“明年再看。”", "大家都笑了。"], sentences);
    }

    private const string WideAd = "新款ＡＢ３型号售价９９元，支持５Ｇ网络。";

    [Theory]
    [InlineData(new string[0], "新款AB3型号售价99元，支持5G网络。")]
    [InlineData(new[] { "--fullwidth-latin", "keep" }, WideAd)]
    [InlineData(new[] { "--profile", "minimal" }, WideAd)]
    [InlineData(new[] { "--profile", "minimal", "--fullwidth-latin", "chinese" }, "新款AB3型号售价99元，支持5G网络。")]
    public void Full_width_latin_in_chinese_text_follows_the_profile_and_the_option(string[] options, string expected)
    {
        using var temp = new TempFolder();
        var run = CliRun.Invoke(["convert", temp.File("ad.txt", WideAd), .. options]);
        Assert.True(run.ExitCode == 0, run.Error);

        Assert.Equal(expected, JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public void A_video_transcript_loses_its_images_loops_cues_and_title_line_but_keeps_the_speech()
    {
        const string transcript = """
            # EP03：2023-11-02 - 人工智能教育论坛开幕式 - 某某频道 - BV1xY411c7Zz

            [音乐]

            各位老师，各位同学，大家上午好，欢迎来到人工智能教育论坛，呃，今天我们请到了几位嘉宾。

            ![](img/frame_0001.jpg)

            我们相信教育是未来的未来，发展发展发展才是硬道理，谢谢大家。

            ![](img/frame_0002.jpg)
            """;

        var record = Convert("talk.txt", transcript);
        string text = record.GetProperty("text").GetString()!;

        Assert.Equal("人工智能教育论坛开幕式", record.GetProperty("title").GetString());
        Assert.DoesNotContain("![", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[音乐]", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BV1xY411c7Zz", text, StringComparison.Ordinal);
        Assert.DoesNotContain("发展发展发展", text, StringComparison.Ordinal);
        Assert.Contains("欢迎来到人工智能教育论坛", text, StringComparison.Ordinal);
        Assert.Contains("谢谢大家", text, StringComparison.Ordinal);
        Assert.Equal("zh-Hans", record.GetProperty("lang").GetString());
    }

    [Fact]
    public void A_newspaper_column_with_a_blank_line_after_every_line_is_rejoined_and_its_byline_moves_to_metadata()
    {
        const string column = """
            城市更新中的老街区保护

            □本报记者 李明 王芳

            近年来，多个城市在推进城市更新的过

            程中，更加注重对历史街区的保护与活

            化利用，既保留了传统风貌，又改善了

            居民的生活条件，受到社会各界的好评。

            专家认为，老街区承载着城市的记忆，

            应当在规划中给予充分的尊重与保护。
            """;

        var record = Convert("column.txt", column);
        string text = record.GetProperty("text").GetString()!;

        Assert.Contains("在推进城市更新的过程中，更加注重对历史街区的保护与活化利用", text, StringComparison.Ordinal);
        Assert.Contains("受到社会各界的好评。", text, StringComparison.Ordinal);
        Assert.DoesNotContain("本报记者", text, StringComparison.Ordinal);
        Assert.Contains("李明", record.GetProperty("meta").GetProperty("byline").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_machine_translation_with_lost_numbers_keeps_its_good_sentences_and_records_the_dropped_one()
    {
        const string news = """
            Shanghai, March 3 (XNA) -- The city opened a new science museum on Saturday. The museum covers 40,000 square meters and houses more than 300 exhibits.

            The project, first announced in the Development Plan (2021-<>), took four years to build. Visitors can book tickets online.
            """;

        var record = Convert("news.txt", news);
        string text = record.GetProperty("text").GetString()!;

        Assert.Contains("The city opened a new science museum on Saturday.", text, StringComparison.Ordinal);
        Assert.Contains("40,000 square meters", text, StringComparison.Ordinal);
        Assert.Contains("Visitors can book tickets online.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<>", text, StringComparison.Ordinal);
        var dropped = record.GetProperty("edits").EnumerateArray().Single(e => e.GetProperty("rule").GetString() == "garbled-numbers");
        Assert.Equal("removed", dropped.GetProperty("action").GetString());
        Assert.Contains("(2021-<>)", dropped.GetProperty("original").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_french_web_page_loses_its_comment_form_and_keeps_its_article()
    {
        const string page = """
            La bibliothèque municipale rouvre ses portes après deux ans de travaux. Les lecteurs découvrent un espace entièrement rénové.

            Selon la mairie, la fréquentation a déjà doublé depuis la réouverture.

            Laisser un commentaire

            Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *
            """;

        var record = Convert("page.txt", page);
        string text = record.GetProperty("text").GetString()!;

        Assert.Contains("Les lecteurs découvrent un espace entièrement rénové.", text, StringComparison.Ordinal);
        Assert.Contains("la fréquentation a déjà doublé", text, StringComparison.Ordinal);
        Assert.DoesNotContain("commentaire", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ne sera pas publiée", text, StringComparison.Ordinal);
        Assert.Equal("fr", record.GetProperty("lang").GetString());
    }
}
