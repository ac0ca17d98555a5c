using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Text;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers;

public class MarkdownReaderTests
{
    private static Document Read(string text, ReaderOptions? options = null) =>
        new MarkdownReader(options ?? ReaderOptions.Default).Read(Utf8(text), Source("notes/talk.md"));

    private static (BlockKind Kind, string Text) KT(Block b) => (b.Kind, b.Text);

    /// <summary>Every inline element must point at exactly its source syntax inside the block's text.</summary>
    private static string At(Block block, InlineElement e) => block.Text.Substring(e.Start, e.Length);

    [Fact]
    public void Headings_keep_their_level_and_the_first_h1_is_the_title()
    {
        var doc = Read("# 世界人工智能大会闭幕式\n\n## Première partie\n\nTexte.\n\nSetext two\n----------\n\n###### Six\n");

        Assert.Equal("世界人工智能大会闭幕式", doc.Metadata.Title);
        Assert.Equal(
            [(BlockKind.Heading, 1), (BlockKind.Heading, 2), (BlockKind.Paragraph, 0), (BlockKind.Heading, 2), (BlockKind.Heading, 6)],
            doc.Blocks.Select(b => (b.Kind, b.Level)));
        Assert.Equal(["世界人工智能大会闭幕式", "Première partie", "Texte.", "Setext two", "Six"], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Setext_h1_at_the_start_is_the_title()
    {
        var doc = Read("Global Digital Economy\n======================\n\nBody.");
        Assert.Equal("Global Digital Economy", doc.Metadata.Title);
        Assert.Equal(1, doc.Blocks[0].Level);
    }

    [Theory]
    [InlineData("Intro paragraph.\n\n# Late heading\n")]
    [InlineData("## Only a level two\n\nText.\n")]
    [InlineData("Plain paragraph only.")]
    public void No_title_unless_the_document_starts_with_an_h1(string text) =>
        Assert.Null(Read(text).Metadata.Title);

    [Fact]
    public void Emphasis_markers_are_removed_and_other_inlines_rendered()
    {
        var doc = Read("**News Title:** “Beijing” and *italic* _too_\n\n**关键词：**北京，人工智能\n\nUse `x **not bold**` here");

        Assert.Equal(
            ["News Title: “Beijing” and italic too", "关键词：北京，人工智能", "Use x **not bold** here"],
            doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void Line_breaks_autolinks_html_inlines_and_entities()
    {
        var doc = Read("première ligne\ndeuxième ligne  \ntroisième\\\nquatrième <https://example.fr/a> <span class=\"x\">texte</span> &amp; fin");
        var block = Assert.Single(doc.Blocks);

        Assert.Equal("première ligne\ndeuxième ligne\ntroisième\nquatrième https://example.fr/a texte & fin", block.Text);
        var link = Assert.Single(block.Inlines);
        Assert.Equal(InlineKind.Link, link.Kind);
        Assert.Equal("https://example.fr/a", At(block, link));
        Assert.Equal("https://example.fr/a", link.Target);
    }

    [Fact]
    public void An_image_only_paragraph_stays_a_paragraph_with_the_image_as_written()
    {
        var doc = Read("# 标题\n\n一段文字。\n\n![](img/ee99_1.png)\n\n下一段。");
        var image = doc.Blocks[2];

        Assert.Equal(BlockKind.Paragraph, image.Kind);
        Assert.Equal("![](img/ee99_1.png)", image.Text);
        var element = Assert.Single(image.Inlines);
        Assert.Equal(new InlineElement(InlineKind.Image, 0, image.Text.Length, "img/ee99_1.png", ""), element);
    }

    [Fact]
    public void Images_and_links_stay_literal_and_offsets_point_at_their_source()
    {
        var doc = Read("Voir **le** ![schéma *réseau*](img/net.png \"Réseau\") puis [le **site**](https://example.fr/page?q=1) et [ref][r].\n\n[r]: https://ref.example.org/x\n");
        var block = Assert.Single(doc.Blocks);

        Assert.Equal("Voir le ![schéma *réseau*](img/net.png \"Réseau\") puis [le **site**](https://example.fr/page?q=1) et [ref][r].", block.Text);
        Assert.Equal(3, block.Inlines.Length);

        var image = block.Inlines[0];
        Assert.Equal(InlineKind.Image, image.Kind);
        Assert.Equal("![schéma *réseau*](img/net.png \"Réseau\")", At(block, image));
        Assert.Equal("img/net.png", image.Target);
        Assert.Equal("schéma réseau", image.Label);

        var link = block.Inlines[1];
        Assert.Equal(InlineKind.Link, link.Kind);
        Assert.Equal("[le **site**](https://example.fr/page?q=1)", At(block, link));
        Assert.Equal("https://example.fr/page?q=1", link.Target);
        Assert.Equal("le site", link.Label);

        var reference = block.Inlines[2];
        Assert.Equal("[ref][r]", At(block, reference));
        Assert.Equal("https://ref.example.org/x", reference.Target);
    }

    [Fact]
    public void An_image_inside_a_link_is_located_inside_the_link()
    {
        var doc = Read("Logo: [![徽标](img/logo.png)](https://example.cn)");
        var block = Assert.Single(doc.Blocks);

        Assert.Equal("Logo: [![徽标](img/logo.png)](https://example.cn)", block.Text);
        Assert.Equal([InlineKind.Link, InlineKind.Image], block.Inlines.Select(e => e.Kind));
        Assert.Equal("[![徽标](img/logo.png)](https://example.cn)", At(block, block.Inlines[0]));
        Assert.Equal("![徽标](img/logo.png)", At(block, block.Inlines[1]));
        Assert.Equal("徽标", block.Inlines[1].Label);
    }

    [Fact]
    public void Offsets_hold_inside_lists_quotes_and_tables()
    {
        var doc = Read("- item ![a](1.png)\n  - nested [b](https://b.example)\n\n> quoted ![c](3.png)\n\n| x | y |\n|---|---|\n| ![d](4.png) | [e](https://e.example) |\n");

        var withInlines = doc.Blocks.Where(b => !b.Inlines.IsEmpty).ToList();
        Assert.Equal(5, withInlines.Count);
        Assert.Equal(
            ["![a](1.png)", "[b](https://b.example)", "![c](3.png)", "![d](4.png)", "[e](https://e.example)"],
            withInlines.Select(b => At(b, Assert.Single(b.Inlines))));
    }

    [Fact]
    public void Offsets_hold_with_tabs_entities_and_code_spans_before_the_element()
    {
        var doc = Read("-\tTab item &eacute;&amp; `code` **b** [lien](https://x.fr)\n\n>\t> &lt;deep&gt; ![img](y.png)\n");

        Assert.Equal(2, doc.Blocks.Length);
        Assert.Equal("Tab item é& code b [lien](https://x.fr)", doc.Blocks[0].Text);
        Assert.Equal("[lien](https://x.fr)", At(doc.Blocks[0], Assert.Single(doc.Blocks[0].Inlines)));
        Assert.Equal("<deep> ![img](y.png)", doc.Blocks[1].Text);
        Assert.Equal("![img](y.png)", At(doc.Blocks[1], Assert.Single(doc.Blocks[1].Inlines)));
    }

    [Fact]
    public void A_link_written_over_two_lines_keeps_its_line_end()
    {
        var doc = Read("Lire [la suite\nde l'article](https://exemple.fr/a) demain.");
        var block = Assert.Single(doc.Blocks);
        Assert.Equal("[la suite\nde l'article](https://exemple.fr/a)", At(block, Assert.Single(block.Inlines)));
        Assert.Equal("la suite\nde l'article", block.Inlines[0].Label);
    }

    [Fact]
    public void Nested_lists_are_flattened_in_order()
    {
        var doc = Read("1. 第一\n2. 第二\n   - deux-a\n   - deux-b\n     1. deep\n3. third\n\nAfter.");

        Assert.Equal(
            [(BlockKind.ListItem, "第一"), (BlockKind.ListItem, "第二"), (BlockKind.ListItem, "deux-a"), (BlockKind.ListItem, "deux-b"),
             (BlockKind.ListItem, "deep"), (BlockKind.ListItem, "third"), (BlockKind.Paragraph, "After.")],
            doc.Blocks.Select(KT));
    }

    [Fact]
    public void Quotes_code_html_and_breaks()
    {
        var doc = Read("> Citation en français,\n> sur deux lignes.\n\n---\n\n```python\nx = 1\n\nprint(x)\n```\n\n    indented code\n\n<div class=\"ad\">\n广告\n</div>\n\n***\n\nFin.");

        Assert.Equal(
            [(BlockKind.Quote, "Citation en français,\nsur deux lignes."),
             (BlockKind.Code, "x = 1\n\nprint(x)"),
             (BlockKind.Code, "indented code"),
             (BlockKind.Paragraph, "广告"),
             (BlockKind.Paragraph, "Fin.")],
            doc.Blocks.Select(KT));
    }

    [Fact]
    public void Table_cells_come_row_by_row()
    {
        var doc = Read("| 城市 | Population |\n|:-----|-----------:|\n| 北京 | 21 **M** |\n| Paris | 2 M |\n");

        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.TableCell, b.Kind));
        Assert.Equal(["城市", "Population", "北京", "21 M", "Paris", "2 M"], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void CRLF_is_normalised_before_parsing_and_offsets_still_hold()
    {
        const string lf = "# Titre\n\nLigne un\nligne deux ![](img/x.png)\n\n- a\n- b\n";
        var crlf = Read(lf.Replace("\n", "\r\n", StringComparison.Ordinal));
        var unix = Read(lf);

        Assert.Equal(unix.Blocks.Select(KT), crlf.Blocks.Select(KT));
        Assert.Equal(unix.Id, crlf.Id);
        Assert.DoesNotContain(crlf.Blocks, b => b.Text.Contains('\r', StringComparison.Ordinal));
        var paragraph = crlf.Blocks[1];
        Assert.Equal("Ligne un\nligne deux ![](img/x.png)", paragraph.Text);
        Assert.Equal("![](img/x.png)", At(paragraph, Assert.Single(paragraph.Inlines)));
    }

    [Fact]
    public void Metadata_records_format_encoding_and_size()
    {
        byte[] bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("# 标题\n\n正文。")).ToArray();
        var doc = new MarkdownReader().Read(bytes, Source("a/b.md"));

        Assert.Equal("markdown", doc.Metadata.Format);
        Assert.Equal("a/b.md", doc.Metadata.Source);
        Assert.Equal("utf-8", doc.Metadata.Encoding);
        Assert.Equal(TextDecoder.Decode(bytes).Encoding, doc.Metadata.Encoding);
        Assert.Equal(bytes.Length, doc.Metadata.ByteCount);
        Assert.Equal("标题", doc.Metadata.Title);
        Assert.Equal(TextMeasure.CountChars("# 标题\n\n正文。"), doc.CharsIn);
    }

    [Fact]
    public void Empty_blank_and_over_long_inputs_are_rejected()
    {
        var reader = new MarkdownReader(new ReaderOptions { MaxLineChars = 30 });
        Assert.Equal("empty file", Assert.Throws<InputException>(() => reader.Read(ReadOnlyMemory<byte>.Empty, Source("e.md"))).Message);
        Assert.Equal("only whitespace, no text", Assert.Throws<InputException>(() => reader.Read(Utf8("\n \n"), Source("e.md"))).Message);

        var ok = reader.Read(Utf8("# T\n\n" + new string('字', 30)), Source("ok.md"));
        Assert.Equal(new string('字', 30), ok.Blocks[1].Text);
        var e = Assert.Throws<InputException>(() => reader.Read(Utf8("# T\n\n" + new string('字', 31)), Source("long.md")));
        Assert.Equal("line 3 is 31 characters long, over the limit of 30 (--max-line-chars)", e.Message);
    }

    [Fact]
    public void Two_million_character_line_is_rejected()
    {
        var e = Assert.Throws<InputException>(() => Read("# Title\n" + new string('-', 2_000_000)));
        Assert.StartsWith("line 2 is 2,000,000 characters long", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_deeply_nested_input_is_an_input_error_not_a_crash()
    {
        string text = new string('>', 5_000) + " profond\n\n" + new string('*', 5_000) + "x" + new string('*', 5_000);
        var e = Assert.Throws<InputException>(() => Read(text));
        Assert.StartsWith("Markdown too deeply nested to read", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Moderately_nested_input_is_read()
    {
        var doc = Read(new string('>', 20) + " profond");
        Assert.Equal((BlockKind.Quote, "profond"), KT(Assert.Single(doc.Blocks)));
    }

    [Fact]
    public void Format_id_is_markdown() => Assert.Equal("markdown", new MarkdownReader().Format);
}
