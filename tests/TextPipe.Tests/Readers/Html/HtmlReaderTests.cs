using System.Text;
using TextPipe.Documents;
using TextPipe.Readers;
using TextPipe.Readers.Html;
using TextPipe.Tests.Cli;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

public class HtmlReaderTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static Document Read(byte[] bytes) => new HtmlReader().Read(bytes, Source("web/page.html"));

    private static string[] Content(Document doc) => [.. doc.ContentBlocks.Select(b => b.Text)];

    private static string[] Furniture(Document doc) =>
        [.. doc.Blocks.Where(b => b.Kind == BlockKind.PageFurniture).Select(b => b.Text)];

    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <meta charset="utf-8">
          <title>Harbour reopens after storm | The Coastal Times</title>
          <meta name="author" content="Jane Rivers">
          <script>var tracking = "do not read me";</script>
          <style>.x { color: red }</style>
        </head>
        <body>
          <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept</a></div>
          <header class="site-header">
            <a href="/"><img src="/logo.png" alt="The Coastal Times"></a>
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <div class="layout">
            <main>
              <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ol>
              <article>
                <header><h1>Harbour reopens after storm</h1><p class="byline">By Jane Rivers</p></header>
                <div class="share-bar"><a href="https://x.com/share">Share on X</a> <a href="https://facebook.com/share">Facebook</a></div>
                <p>The harbour reopened on Monday, three days after the storm
                   closed it to all shipping.</p>
                <p>Readers were invited to share their photos of the damage, and many comment that the
                   new sea wall held.</p>
                <h2>What happens next</h2>
                <ul><li>Repairs to the east pier.</li><li>A review of the warning system.</li></ul>
                <blockquote><p>“We were lucky,” said the harbour master.</p></blockquote>
                <footer class="article-tags"><a href="/t/storm">storm</a> <a href="/t/harbour">harbour</a></footer>
              </article>
              <section id="comments"><h3>3 comments</h3><p>Great news!</p><form><textarea></textarea><button>Post comment</button></form></section>
            </main>
            <aside class="sidebar"><h3>Most read</h3><p>Something else entirely.</p></aside>
          </div>
          <footer><p>© 2024 The Coastal Times</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void A_news_page_keeps_the_article_and_turns_the_chrome_into_furniture()
    {
        var doc = Read(NewsPage);

        Assert.Equal(
            [
                "By Jane Rivers",
                "The harbour reopened on Monday, three days after the storm closed it to all shipping.",
                "Readers were invited to share their photos of the damage, and many comment that the new sea wall held.",
                "What happens next",
                "Repairs to the east pier.",
                "A review of the warning system.",
                "“We were lucky,” said the harbour master.",
            ],
            Content(doc));
        string furniture = string.Join("\n", Furniture(doc));
        Assert.Contains("Harbour reopens after storm", furniture, StringComparison.Ordinal); // the headline: already the title
        Assert.Contains("We use cookies", furniture, StringComparison.Ordinal);
        Assert.Contains("Share on X", furniture, StringComparison.Ordinal);
        Assert.Contains("Great news!", furniture, StringComparison.Ordinal);
        Assert.Contains("Most read", furniture, StringComparison.Ordinal);
        Assert.Contains("© 2024 The Coastal Times", furniture, StringComparison.Ordinal);
        Assert.DoesNotContain("do not read me", doc.Blocks.Select(b => b.Text));
        Assert.DoesNotContain(doc.Blocks, b => b.Text.Contains("color: red", StringComparison.Ordinal) || b.Text.Contains("Post comment", StringComparison.Ordinal));
    }

    [Fact]
    public void Kinds_and_levels_follow_the_elements()
    {
        var doc = Read(NewsPage);
        var content = doc.ContentBlocks.ToArray();

        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem, BlockKind.Quote],
            content.Select(b => b.Kind));
        Assert.Equal(2, content[3].Level);
        Assert.Equal(0, content[4].Level);
    }

    [Fact]
    public void Metadata_has_title_author_lang_and_encoding()
    {
        var doc = Read(NewsPage);

        Assert.Equal("html", doc.Metadata.Format);
        Assert.Equal("Harbour reopens after storm", doc.Metadata.Title); // without the site name of <title>
        Assert.Equal("Jane Rivers", doc.Metadata.Author);
        Assert.Equal("en-GB", doc.Metadata.DeclaredLang);
        Assert.Equal("utf-8", doc.Metadata.Encoding);
        Assert.Equal(Encoding.UTF8.GetByteCount(NewsPage), doc.Metadata.ByteCount);
    }

    [Fact]
    public void Open_graph_title_is_preferred_and_the_first_h1_is_the_last_resort()
    {
        var og = Read("<html><head><title>Headline - Site</title><meta property=\"og:title\" content=\"Headline\"></head><body><p>x</p></body></html>");
        var h1 = Read("<html><body><h1>Only a heading</h1><p>Text.</p></body></html>");

        Assert.Equal("Headline", og.Metadata.Title);
        Assert.Equal("Only a heading", h1.Metadata.Title);
        Assert.Null(h1.Metadata.Author);
        Assert.Null(h1.Metadata.DeclaredLang);
    }

    [Fact]
    public void Without_main_or_article_the_body_is_read_and_chrome_still_goes()
    {
        var doc = Read("""
            <body>
              <div id="topnav"><a href="/a">A</a> | <a href="/b">B</a></div>
              <div id="content">
                <h1>Le port rouvre</h1>
                <p>Le port a rouvert lundi.</p>
                <div class="social-links"><a href="#">Partager</a></div>
              </div>
              <div class="footer">Mentions légales</div>
            </body>
            """);

        Assert.Equal(["Le port rouvre", "Le port a rouvert lundi."], Content(doc));
        Assert.Equal(["A | B", "Partager", "Mentions légales"], Furniture(doc));
    }

    [Fact]
    public void Without_html5_sections_the_element_named_as_content_is_the_root()
    {
        string story = string.Concat(Enumerable.Repeat("市政府工程人员周末对码头进行了全面检查。", 10));
        var doc = Read($"""
            <body>
              <div class="position">当前位置：<a href="/">首页</a> &gt; 正文</div>
              <div id="content">
                <div class="article"><h1>东港码头恢复通航</h1><p>{story}</p></div>
                <div class="xgxw"><h3>相关新闻</h3><ul><li><a href="/1">台风登陆 沿海多地停航</a></li><li><a href="/2">新海堤建成</a></li></ul></div>
              </div>
            </body>
            """);

        Assert.Equal(["东港码头恢复通航", story], Content(doc));
        Assert.Equal(["当前位置：首页 > 正文", "相关新闻", "台风登陆 沿海多地停航", "新海堤建成"], Furniture(doc));
    }

    [Fact]
    public void A_heading_over_a_list_of_links_goes_with_the_links()
    {
        var doc = Read("<main><p>Story text here.</p><div><h2>More on this</h2><ul><li><a href=\"/a\">First other story</a></li><li><a href=\"/b\">Second other story</a></li></ul></div></main>");

        Assert.Equal(["Story text here."], Content(doc));
        Assert.Equal(["More on this", "First other story", "Second other story"], Furniture(doc));
    }

    [Fact]
    public void The_dominant_article_is_the_root_and_teaser_articles_are_furniture()
    {
        string story = string.Concat(Enumerable.Repeat("这是一篇关于港口重新开放的长篇报道。", 20));
        var doc = Read($"""
            <body>
              <article><h1>港口重新开放</h1><p>{story}</p></article>
              <article><h2>其他新闻</h2><p>短讯。</p></article>
            </body>
            """);

        Assert.Equal(["港口重新开放", story], Content(doc));
        Assert.Equal(["其他新闻", "短讯。"], Furniture(doc));
    }

    [Fact]
    public void Several_articles_of_similar_size_are_all_content()
    {
        var doc = Read("<body><article><p>First teaser text.</p></article><article><p>Second teaser text.</p></article></body>");

        Assert.Equal(["First teaser text.", "Second teaser text."], Content(doc));
    }

    [Fact]
    public void Look_alikes_stay_content()
    {
        var doc = Read("""
            <main>
              <p class="commentary">An opinion piece is commentary, not a comment section.</p>
              <p class="shared-note">Shared notes are content too.</p>
              <div class="shareholders"><p>Shareholders met on Friday.</p></div>
              <p>Users can share, comment and subscribe — these words alone mean nothing.</p>
            </main>
            """);

        Assert.Equal(
            [
                "An opinion piece is commentary, not a comment section.",
                "Shared notes are content too.",
                "Shareholders met on Friday.",
                "Users can share, comment and subscribe — these words alone mean nothing.",
            ],
            Content(doc));
    }

    [Fact]
    public void A_list_of_links_is_furniture_but_a_paragraph_with_links_is_content()
    {
        var doc = Read("""
            <main>
              <p>See <a href="/report">the IPCC report</a> and <a href="/press">the UN press release</a>.</p>
              <ul><li><a href="/1">Related story one</a></li><li><a href="/2">Related story two</a></li></ul>
              <ul><li>Plain item</li><li>Another with <a href="/x">one link</a> inside a longer sentence.</li></ul>
            </main>
            """);

        Assert.Equal(
            ["See the IPCC report and the UN press release.", "Plain item", "Another with one link inside a longer sentence."],
            Content(doc));
        Assert.Equal(["Related story one", "Related story two"], Furniture(doc));
    }

    [Fact]
    public void Links_keep_their_text_and_are_located_as_inline_elements()
    {
        var doc = Read("<p>Read <a href=\"https://example.org/a\">the  full\n story</a> now.</p>");
        var block = Assert.Single(doc.Blocks);

        Assert.Equal("Read the full story now.", block.Text);
        var link = Assert.Single(block.Inlines);
        Assert.Equal(InlineKind.Link, link.Kind);
        Assert.Equal("the full story", block.Text.Substring(link.Start, link.Length));
        Assert.Equal("https://example.org/a", link.Target);
        Assert.Equal("the full story", link.Label);
    }

    [Fact]
    public void Images_are_their_alt_text_and_located()
    {
        var doc = Read("<p>Before <img src=\"/a.png\" alt=\"A harbour\n  crane\"> after <img src=\"b.jpg\"></p>");
        var block = Assert.Single(doc.Blocks);

        Assert.Equal("Before A harbour crane after", block.Text);
        Assert.Equal(2, block.Inlines.Length);
        Assert.All(block.Inlines, e => Assert.Equal(InlineKind.Image, e.Kind));
        Assert.Equal("A harbour crane", block.Text.Substring(block.Inlines[0].Start, block.Inlines[0].Length));
        Assert.Equal("/a.png", block.Inlines[0].Target);
        // An image without alt text leaves no text, only an empty element saying where it was.
        Assert.Equal(("b.jpg", 0), (block.Inlines[1].Target, block.Inlines[1].Length));
    }

    [Fact]
    public void An_image_inside_a_link_is_located_inside_the_link()
    {
        var doc = Read("<p><a href=\"/big.jpg\"><img src=\"/small.jpg\" alt=\"Map\"></a> of the port</p>");
        var block = Assert.Single(doc.Blocks);

        Assert.Equal([InlineKind.Link, InlineKind.Image], block.Inlines.Select(e => e.Kind));
        Assert.Equal(block.Inlines[0].Start, block.Inlines[1].Start);
        Assert.Equal(block.Inlines[0].Length, block.Inlines[1].Length);
    }

    [Fact]
    public void Entities_are_decoded_whitespace_collapses_and_br_breaks_lines()
    {
        var doc = Read("<p>  Caf&eacute; &amp; cr&#232;me&nbsp;br&ucirc;l&eacute;e \n\t costs &euro;5<br>  second   line <br/>third</p>");

        Assert.Equal("Café & crème\u00A0brûlée costs €5\nsecond line\nthird", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void A_source_line_break_between_chinese_characters_is_no_space()
    {
        var doc = Read("<p>北京市今天发布\n  了新的规定，\n旨在保护环境。Hello\nworld 한국어\n문장</p>");

        Assert.Equal("北京市今天发布了新的规定，旨在保护环境。Hello world 한국어 문장", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void Pre_keeps_its_whitespace_as_code()
    {
        var doc = Read("<pre>\nint  x = 1;\n    return x;\n</pre><p>After.</p>");

        Assert.Equal((BlockKind.Code, "int  x = 1;\n    return x;"), (doc.Blocks[0].Kind, doc.Blocks[0].Text));
        Assert.Equal("After.", doc.Blocks[1].Text);
    }

    [Fact]
    public void Data_tables_give_cells_row_by_row_and_captions_and_a_photo_caption_goes_to_the_metadata()
    {
        var doc = Read("""
            <table><caption>Tonnage by year</caption>
              <tr><th>Year</th><th>Tonnes</th></tr>
              <tr><td>2023</td><td>1 200</td></tr>
            </table>
            <figure><img src="p.jpg" alt=""><figcaption>The pier in 1950.</figcaption></figure>
            """);

        Assert.Equal(
            [(BlockKind.Caption, "Tonnage by year"), (BlockKind.TableCell, "Year"), (BlockKind.TableCell, "Tonnes"),
             (BlockKind.TableCell, "2023"), (BlockKind.TableCell, "1 200"),
             (BlockKind.PageFurniture, "The pier in 1950.")],
            doc.Blocks.Select(b => (b.Kind, b.Text)));
        Assert.Equal(["The pier in 1950."], doc.Metadata.Captions);
    }

    [Fact]
    public void Layout_tables_give_paragraphs_not_cells()
    {
        var doc = Read("<table role=\"presentation\"><tr><td><p>Column one text.</p></td><td><p>Column two text.</p></td></tr></table>");

        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.Paragraph, b.Kind));
        Assert.Equal(["Column one text.", "Column two text."], Content(doc));
    }

    [Fact]
    public void Nested_lists_and_paragraphs_in_items_are_list_items_in_order()
    {
        var doc = Read("<ol><li>One<ul><li>One-a</li></ul></li><li><p>Two</p><p>Two, continued</p></li></ol><dl><dt>Term</dt><dd>Definition</dd></dl>");

        Assert.Equal(["One", "One-a", "Two", "Two, continued", "Term", "Definition"], Content(doc));
        Assert.All(doc.Blocks, b => Assert.Equal(BlockKind.ListItem, b.Kind));
    }

    [Fact]
    public void Hidden_elements_and_noscript_are_dropped()
    {
        var doc = Read("<p>Shown.</p><p hidden>Hidden.</p><p style=\"display: none\">Also hidden.</p><div aria-hidden=\"true\">Decor</div><noscript>Enable JS</noscript>");

        Assert.Equal(["Shown."], doc.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_page_wrapped_in_a_chrome_looking_class_is_still_read()
    {
        var doc = Read("<body><div class=\"page has-sidebar\"><h1>Title</h1><p>The only text.</p></div></body>");

        Assert.Equal(["Title", "The only text."], Content(doc));
    }

    [Fact]
    public void Gbk_page_with_meta_charset_is_decoded_with_it()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = Encoding.GetEncoding("GBK").GetBytes("<html lang=\"zh-CN\"><head><meta charset=\"gbk\"><title>新闻</title></head><body><p>北京欢迎你。</p></body></html>");

        var doc = Read(bytes);

        Assert.Equal("gb18030", doc.Metadata.Encoding);
        Assert.Equal("北京欢迎你。", Assert.Single(doc.ContentBlocks).Text);
        Assert.Equal("新闻", doc.Metadata.Title);
        Assert.Equal("zh-CN", doc.Metadata.DeclaredLang);
        Assert.Empty(doc.Flags);
    }

    [Fact]
    public void Windows_1252_declared_by_http_equiv_is_used()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        byte[] bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>Déjà vu – “quoted”</p></body></html>");

        var doc = Read(bytes);

        Assert.Equal("windows-1252", doc.Metadata.Encoding);
        Assert.Equal("Déjà vu – “quoted”", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void A_bom_wins_over_the_declared_charset()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>Déjà</p>")];

        var doc = Read(bytes);

        Assert.Equal("utf-8", doc.Metadata.Encoding);
        Assert.Equal("Déjà", Assert.Single(doc.Blocks).Text);
    }

    [Fact]
    public void A_wrong_declared_charset_is_overruled_by_detection_with_a_flag()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string text = "<meta charset=\"utf-8\"><p>" + string.Concat(Enumerable.Repeat("中华人民共和国国务院今天发布了关于环境保护的新规定。", 5)) + "</p>";
        byte[] bytes = Encoding.GetEncoding("GBK").GetBytes(text);

        var doc = Read(bytes);

        Assert.Equal("gb18030", doc.Metadata.Encoding);
        Assert.StartsWith("中华人民共和国", Assert.Single(doc.Blocks).Text, StringComparison.Ordinal);
        Assert.Equal(HtmlTextDecoder.CharsetMismatchFlag, Assert.Single(doc.Flags).Code);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, "whitespace")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x80, 0x00, 0x7F, 0x00, 0x00, 0x03 }, "binary")]
    public void Unreadable_input_names_the_problem(byte[] bytes, string expected)
    {
        var e = Assert.Throws<InputException>(() => Read(bytes));

        Assert.Contains(expected, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Bad_html_files_are_reported_and_the_batch_goes_on()
    {
        using var temp = new TempFolder();
        string empty = temp.File("empty.html", []);
        string image = temp.File("photo.html", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]);
        string good = temp.File("good.htm", "<title>Bonjour</title><main><p>Le port a rouvert.</p></main>");
        string blank = temp.File("blank.xhtml", "  \n\t ");

        var run = CliRun.Invoke(["convert", empty, image, good, blank]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Le port a rouvert.", Assert.Single(run.OutputLines), StringComparison.Ordinal);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {empty}: ", StringComparison.Ordinal) && l.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {image}: ", StringComparison.Ordinal) && l.Contains("JPEG", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"textpipe: {blank}: ", StringComparison.Ordinal) && l.Contains("whitespace", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_in_an_html_file_is_one_paragraph()
    {
        var doc = Read("just some text\nwith two lines");

        Assert.Equal(["just some text with two lines"], Content(doc));
    }

    [Fact]
    public void Deep_nesting_does_not_overflow_the_stack()
    {
        string html = string.Concat(Enumerable.Repeat("<div>", 20_000)) + "<p>Deep.</p>" + string.Concat(Enumerable.Repeat("</div>", 20_000));

        var doc = Read(html);

        Assert.Equal(["Deep."], Content(doc));
    }

    [Fact]
    public void Same_content_gets_the_same_id_and_chars_in_counts_the_blocks()
    {
        var a = Read("<p>Hello.</p><nav>Menu</nav>");
        var b = Read("<p>Hello.</p><nav>Menu</nav>");

        Assert.Equal(a.Id, b.Id);
        Assert.Equal("Hello.\n\nMenu".Length, a.CharsIn);
        Assert.Equal("Hello.", a.Text);
    }

    [Fact]
    public void Permalink_anchors_do_not_end_headings()
    {
        var doc = Read("<html><body><main><h2>Fares<a class=\"headerlink\" href=\"#fares\" title=\"Permalink\">¶</a></h2><p>Single tickets cost six euros fifty.</p></main></body></html>");

        Assert.Equal(["Fares", "Single tickets cost six euros fifty."], Content(doc));
    }
}
