using System.Text;
using TextPipe.Cleanup.Rules;
using TextPipe.Documents;
using TextPipe.Readers;

namespace TextPipe.Tests.Cleanup.Rules;

public class ImageLinksRuleTests
{
    private static readonly ImageLinksRule Rule = new();

    private static Document Run(params string[] paragraphs) => RuleConformance.RunAndCheck(Rule, CleanupTestDocuments.FromParagraphs(paragraphs));

    private static Document ReadMarkdown(string markdown) =>
        new MarkdownReader().Read(Encoding.UTF8.GetBytes(markdown), new SourceInfo("talk.md", ".md"));

    [Fact]
    public void Image_only_blocks_between_paragraphs_disappear_in_markdown_read_documents()
    {
        var doc = ReadMarkdown("第一段讲话内容。\n\n![](img/a1b2c3_1.png)\n\n![](img/a1b2c3_2.png)\n\n第二段讲话内容。\n");
        Assert.Contains(doc.Blocks, b => b.Inlines.Any(i => i.Kind == InlineKind.Image));

        var cleaned = RuleConformance.RunAndCheck(Rule, doc);

        Assert.Equal("第一段讲话内容。\n\n第二段讲话内容。", cleaned.Text);
        var removals = cleaned.Edits.Where(e => e.Original.Contains("![](", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, removals.Count);
        Assert.All(removals, e => Assert.Equal(EditAction.Removed, e.Action));
        Assert.Contains("img/a1b2c3_1.png", removals[0].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_alt_text_replaces_the_image_and_file_names_or_generic_words_do_not()
    {
        var cleaned = Run(
            "![Map of the Yangtze basin](maps/yangtze.svg)",
            "Le schéma ![IMG_2031.jpg](p/IMG_2031.jpg) montre la boucle.",
            "会场 ![图片](a.jpg) 一角",
            "![d41d8cd98f00b204e9800998ecf8427e](x.png)Texte.");

        Assert.Equal("Map of the Yangtze basin\n\nLe schéma montre la boucle.\n\n会场 一角\n\nTexte.", cleaned.Text);
        Assert.Equal(EditAction.Replaced, cleaned.Edits[0].Action);
        Assert.StartsWith("image replaced by its alt text", cleaned.Edits[0].Note, StringComparison.Ordinal);
        Assert.All(cleaned.Edits.Skip(1), e => Assert.StartsWith("image removed", e.Note, StringComparison.Ordinal));
    }

    [Fact]
    public void Links_keep_their_text_and_the_edit_names_the_target()
    {
        var cleaned = Run("详见[国家统计局公报](https://www.stats.gov.cn/sj/zxfb/202402/t20240228.html)。", "Read the [full report](./report-2024.pdf \"PDF\") before Friday.");

        Assert.Equal("详见国家统计局公报。\n\nRead the full report before Friday.", cleaned.Text);
        Assert.All(cleaned.Edits, e => Assert.Equal(EditAction.Replaced, e.Action));
        Assert.Contains("https://www.stats.gov.cn/sj/zxfb/202402/t20240228.html", cleaned.Edits[0].Note, StringComparison.Ordinal);
        Assert.Contains("./report-2024.pdf", cleaned.Edits[1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_inside_a_link_goes_with_the_link()
    {
        var cleaned = Run("[![logo](static/logo.png) Accueil](https://exemple.fr/) et la suite.");

        Assert.Equal("Accueil et la suite.", cleaned.Text);
        Assert.Single(cleaned.Edits);
    }

    [Fact]
    public void Html_images_reference_images_and_bare_image_urls_go_with_their_lines()
    {
        var cleaned = Run(
            "Intro line\n<img src=\"/up/2024/05/photo.jpg\" alt=\"\" width=\"600\">\nOutro line",
            "<img src='chart.png' alt='Sales by quarter, 2023'>",
            "![][fig-3]",
            "照片见 https://cdn.example.com/2024/06/abc.JPG?w=800 以及其他",
            "https://i.imgur.com/xyz123.gif");

        Assert.Equal("Intro line\nOutro line\n\nSales by quarter, 2023\n\n照片见 以及其他", cleaned.Text);
        Assert.Contains(cleaned.Edits, e => e.Note!.Contains("line left empty", StringComparison.Ordinal) && e.Original.Contains("<img", StringComparison.Ordinal));
        Assert.Contains(cleaned.Edits, e => e.Note!.StartsWith("image URL removed", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_images_on_consecutive_lines_of_one_block_leave_no_blank_lines()
    {
        var cleaned = Run("Texte avant.\n![](a.png)\n![](b.png) ![](c.png)");

        Assert.Equal("Texte avant.", cleaned.Text);
        Assert.Equal(2, cleaned.Edits.Length);
    }

    [Fact]
    public void Leaves_look_alikes_alone()
    {
        RuleConformance.LeavesAlone(Rule,
            "Attention ! Le train part à 8 h.",
            "He shouted \"Stop!\" [sic] and left.",
            "如前所述[1]，该方法有效[2](见附录)。",
            "【来源】新华社 【编者按】本文有删节",
            "The file IMG_2031.jpg was attached to the e-mail.",
            "See https://example.com/gallery/page.html for more.",
            "![not closed](",
            "Version [1.2](beta) was skipped.");
    }

    [Fact]
    public void Code_blocks_are_left_alone()
    {
        var doc = CleanupTestDocuments.FromBlocks([new Block(BlockKind.Code, "![](a.png)"), new Block(BlockKind.Paragraph, "text")]);
        var cleaned = RuleConformance.RunAndCheck(Rule, doc);
        Assert.Empty(cleaned.Edits);
    }

    [Fact]
    public void Holds_on_generated_text() => RuleConformance.HoldsOnGeneratedText(Rule);

    [Theory]
    [InlineData("Photo of the delegation", true)]
    [InlineData("数字人发布现场", true)]
    [InlineData("", false)]
    [InlineData("image", false)]
    [InlineData("Image 3", false)]
    [InlineData("图片1", false)]
    [InlineData("DSC_0042.JPG", false)]
    [InlineData("ee999929a2a85b5c02718306867618d0", false)]
    [InlineData("capture d’écran", false)]
    public void Alt_text_is_kept_only_when_it_describes(string alt, bool real) => Assert.Equal(real, ImageLinksRule.IsRealAltText(alt));

    [Fact]
    public void Syntax_placeholders_in_angle_brackets_are_not_a_link_but_an_angle_bracketed_path_is()
    {
        var cleaned = Run(
            "\\setfontfamily[<base name>](<Regular>) 뒤에 글꼴 이름을 쓴다.",
            "Syntaxe : \\police[<nom>](<gras>) puis le texte.",
            "Voir le [guide d’installation](<docs/guide installation.md>) avant de commencer.");

        Assert.Equal(
            "\\setfontfamily[<base name>](<Regular>) 뒤에 글꼴 이름을 쓴다.\n\nSyntaxe : \\police[<nom>](<gras>) puis le texte.\n\nVoir le guide d’installation avant de commencer.",
            cleaned.Text);
        Assert.Contains("docs/guide installation.md", Assert.Single(cleaned.Edits).Note, StringComparison.Ordinal);
    }
}
