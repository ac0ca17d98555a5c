using TextPipe.Documents;
using TextPipe.Readers;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers;

/// <summary>HTML inside Markdown is read as HTML: comments leave a flag, blocks give their text, inline tags go.</summary>
public class MarkdownHtmlTests
{
    private static Document Read(string text) => new MarkdownReader(ReaderOptions.Default).Read(Utf8(text), Source("docs/README.md"));

    private static string[] Content(Document doc) => [.. doc.ContentBlocks.Select(b => b.Text)];

    [Fact]
    public void A_licence_comment_is_left_out_with_a_flag_and_the_heading_after_it_is_the_title()
    {
        var doc = Read("<!--\nCopyright 2020 Someone.\nLicensed under the Apache License, Version 2.0.\n-->\n\n# pku\n\n北京大学语料库的词性标注说明。\n");

        Assert.Equal(["pku", "北京大学语料库的词性标注说明。"], Content(doc));
        Assert.Equal("pku", doc.Metadata.Title);
        var flag = Assert.Single(doc.Flags);
        Assert.Equal("dropped-text", flag.Code);
        Assert.StartsWith("markdown: 1 HTML comment with ", flag.Message, StringComparison.Ordinal);
        Assert.EndsWith("first at line 1", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inline_comments_are_counted_and_left_out_too()
    {
        var doc = Read("# Titre\n\nUn texte <!-- TODO: relire --> en français.\n\n<!-- fin -->\n");

        Assert.Equal(["Titre", "Un texte en français."], Content(doc));
        Assert.StartsWith("markdown: 2 HTML comments with ", Assert.Single(doc.Flags).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_alone_in_an_html_block_keeps_its_alt_text_as_a_markdown_image_does()
    {
        // On a web page this alt would be a caption (HtmlPictureAlone); in a Markdown file it reads like ![alt](src).
        var doc = Read("# 捐赠\n\n<p align=\"center\"><img src=\"donate.png\" alt=\"Scan the code to support the author's work\" width=\"300\"></p>\n\nMerci.\n");

        Assert.Contains("Scan the code to support the author's work", Content(doc));
    }

    [Fact]
    public void An_empty_centred_paragraph_gives_nothing_and_a_centred_logo_its_alt_text()
    {
        var doc = Read("<p align=\"center\"></p>\n\n<p align=\"center\">\n  <img src=\"logo.png\" alt=\"Hafen Werkzeuge\" width=\"200\">\n</p>\n\n# Hafen\n\nText.\n");

        Assert.Equal(["Hafen Werkzeuge", "Hafen", "Text."], Content(doc));
        Assert.Empty(doc.Flags);
        var image = Assert.Single(doc.Blocks[0].Inlines);
        Assert.Equal((InlineKind.Image, "logo.png"), (image.Kind, image.Target));
    }

    [Fact]
    public void An_html_block_gives_the_blocks_the_html_reader_would()
    {
        var doc = Read("- 项目\n\n<details>\n<summary>展开说明</summary>\n\n<h3>安装</h3>\n<p>运行 <code>pip install x</code> 即可。</p>\n</details>\n");

        Assert.Equal(
            [(BlockKind.ListItem, "项目"), (BlockKind.Paragraph, "展开说明"), (BlockKind.Heading, "安装"), (BlockKind.Paragraph, "运行 pip install x 即可。")],
            doc.ContentBlocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Inline_html_tags_go_their_content_stays_and_br_and_img_are_read()
    {
        var doc = Read("Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O,<br>next line <img src=\"i.png\" alt=\"icône\"> fin.");

        var block = Assert.Single(doc.Blocks);
        Assert.Equal("Press Ctrl+C, H2O,\nnext line icône fin.", block.Text);
        var image = Assert.Single(block.Inlines);
        Assert.Equal("icône", block.Text.Substring(image.Start, image.Length));
    }

    [Theory]
    [InlineData("Use List<T> or Map<K, V> here.", "Use List<T> or Map<K, V> here.")]
    [InlineData("Replace <username> with yours.", "Replace <username> with yours.")]
    [InlineData("a < b and c > d", "a < b and c > d")]
    public void Angle_brackets_that_are_no_html_element_stay(string markdown, string expected) =>
        Assert.Equal(expected, Assert.Single(Read(markdown).Blocks).Text);

    [Fact]
    public void A_first_paragraph_still_means_no_title()
    {
        var doc = Read("Einleitung.\n\n<!-- note -->\n\n# Später\n");

        Assert.Null(doc.Metadata.Title);
    }
}
