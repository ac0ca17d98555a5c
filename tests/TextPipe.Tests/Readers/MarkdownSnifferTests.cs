using TextPipe.Readers;

namespace TextPipe.Tests.Readers;

public class MarkdownSnifferTests
{
    private static readonly MarkdownSniffer Sniffer = new();

    public static TheoryData<string, string> MarkdownTexts => new()
    {
        {
            "transcript: heading and images",
            "# 第三场：开幕式 - 主持人\n\n各位来宾，大家上午好。\n\n![](img/a1_1.png)\n\n欢迎大家。\n"
        },
        {
            "LLM answer with bold labels",
            "Voici la traduction :\n\n**Titre :** Le numérique en Chine\n\n**Mots-clés :** IA, réseaux\n\n**Contenu :**\n\nLe texte suit.\n"
        },
        {
            "three links",
            "See [the report](https://example.org/r.pdf).\nAlso [la source](https://exemple.fr/s)\nand [原文](http://example.cn/a).\n"
        },
        {
            "heading and a list",
            "## Summary\n\n- first point\n- second point\n"
        },
        {
            "a table and a bold label",
            "**结果：**\n\n| 指标 | 数值 |\n| --- | ---: |\n| A | 1 |\n"
        },
        {
            "fenced code and a list",
            "Steps:\n\n1. install\n2. run\n\n```sh\ntextpipe convert in/\n```\n"
        },
        {
            "CRLF transcript",
            "# Talk\r\n\r\nText.\r\n\r\n![](img/1.png)\r\n"
        },
    };

    public static TheoryData<string, string> PlainTexts => new()
    {
        {
            "hashtags",
            "#今日头条 #AI 新闻\n#hashtag at the start of a line\nNothing else here.\n"
        },
        {
            "C sharp and arithmetic",
            "Il programme en C# et en F#.\nLe calcul a * b = c, puis 2 * 3 * 4.\n"
        },
        {
            "one bullet list",
            "Courses :\n- pain\n- lait\n- fromage\n\n1. un\n2. deux\n"
        },
        {
            "plain Chinese news",
            "1月21日，北京市第十六届人民代表大会第二次会议在京开幕。\n\n市长在政府工作报告中说……\n"
        },
        {
            "a single bold phrase",
            "This is **really** important, but it is one line.\n"
        },
        {
            "two link lines only",
            "Sources: [1](https://a.example) and [2](https://b.example).\nLater [3](https://c.example).\n\nThe end.\n"
        },
        {
            "unclosed fence and brackets",
            "```\nquoted [not a link] (really)\n"
        },
        {
            "dash lines without a pipe header",
            "Titre\n-----\nTexte --- suite\n"
        },
    };

    [Theory]
    [MemberData(nameof(MarkdownTexts))]
    public void Markdown_is_recognised(string name, string text)
    {
        Assert.True(Sniffer.Matches(text, out string evidence), $"{name}: {Sniffer.Analyze(text)}");
        Assert.StartsWith("Markdown signals: ", evidence, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PlainTexts))]
    public void Plain_text_stays_plain(string name, string text) =>
        Assert.False(Sniffer.Matches(text, out _), $"{name}: {Sniffer.Analyze(text)}");

    [Fact]
    public void Signals_are_counted_by_kind()
    {
        var signals = Sniffer.Analyze("Not a heading #tag\n- item\n* item\n");
        Assert.Equal(new MarkdownSignals(0, 0, 0, 0, 0, 2, 0), signals);
        Assert.Equal(1, signals.Kinds);
        Assert.Equal(0, signals.StrongLines);
        Assert.Equal("list item 2", signals.ToString());
    }

    [Fact]
    public void Lines_inside_a_fence_are_not_signals()
    {
        var signals = Sniffer.Analyze("```\n# comment\n- x\n![a](b)\n```\n");
        Assert.Equal(new MarkdownSignals(0, 0, 0, 0, 1, 0, 0), signals);
    }

    [Fact]
    public void An_image_line_is_not_also_a_link()
    {
        var signals = Sniffer.Analyze("![](img/1.png)\n![](img/2.png)\n");
        Assert.Equal(2, signals.ImageLines);
        Assert.Equal(0, signals.LinkLines);
        Assert.False(signals.IsMarkdown);
    }

    /// <summary>An e-book in the style of old Project Gutenberg files (written for this test): banner lines in stars, an indented licence, a numbered list.</summary>
    private const string EbookWithBanner = """
        **Welcome To The World of Free Electronic Texts**

        **Read By Both People and Machines, Since Long Ago**

        *****These Texts Are Prepared By Volunteers!*****

        1. You may copy this text.
        2. You may not sell it.

            This text is given away free of charge, and you may
            copy it, give it away or re-use it under the terms
            of the licence included with this file.
            If you are not located in the country of origin,
            check the laws where you are.
            Please read the licence before using this text.

        　ある日の暮方の事である。一人の下人が、門の下で雨やみを待っていた。
        """;

    [Fact]
    public void Banner_bold_and_a_list_do_not_outweigh_an_indented_licence()
    {
        var signals = Sniffer.Analyze(EbookWithBanner);

        Assert.Equal(6, signals.IndentedLines);
        Assert.False(signals.IsMarkdown, signals.ToString());
    }

    [Theory]
    [InlineData("## Installation\n\n**Note:** run it twice.\n\n    pip install hafen\n    hafen --help\n    hafen run\n")]
    [InlineData("**Étapes :**\n\n- ouvrir\n    - le fichier\n    - la fenêtre\n- fermer\n")]
    [InlineData("**要点：**\n\n1. 第一\n2. 第二\n\n    缩进的一行\n")]
    public void Markdown_with_indentation_is_still_markdown(string text) =>
        Assert.True(Sniffer.Analyze(text).IsMarkdown, Sniffer.Analyze(text).ToString());

    [Fact]
    public void Scan_stops_at_the_character_cap()
    {
        string text = new string('x', 100) + "\n" + "**a**\n**b**\n**c**\n";
        Assert.True(Sniffer.Matches(text, out _));
        Assert.False(new MarkdownSniffer { MaxCharsScanned = 50 }.Matches(text, out _));
    }
}
