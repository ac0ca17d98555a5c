using System.Text.Json;
using TextPipe.Documents;
using TextPipe.Readers.Html;
using TextPipe.Tests.Cli;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// What the HTML reader used to lose or mangle without a trace: formulas, ruby readings, line breaks across
/// scripts, text in elements that are not shown, frameset pages, image markup. Pages written for these tests.
/// </summary>
public class HtmlNothingLostTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string[] Content(Document doc) => [.. doc.ContentBlocks.Select(b => b.Text)];

    // ---- formulas ----

    [Fact]
    public void A_mediawiki_formula_is_read_once_as_its_tex()
    {
        var doc = Read("""
            <main><p>For points
            <span class="mwe-math-element"><span class="mwe-math-mathml-inline mwe-math-mathml-a11y" style="display: none;"><math alttext="{\displaystyle y_{i}\in \mathbb {R} ^{d}}"><semantics><mrow><msub><mi>y</mi><mi>i</mi></msub></mrow><annotation encoding="application/x-tex">{\displaystyle y_{i}\in \mathbb {R} ^{d}}</annotation></semantics></math></span><img src="/media/abc.svg" class="mwe-math-fallback-image-inline" aria-hidden="true" alt="{\displaystyle y_{i}\in \mathbb {R} ^{d}}"></span>,
            the map minimises a divergence.</p></main>
            """);

        Assert.Equal(@"For points $y_{i}\in \mathbb {R} ^{d}$, the map minimises a divergence.", Assert.Single(Content(doc)));
        Assert.Empty(doc.Flags); // the hidden MathML and the image are the formula's other renderings, not lost text
    }

    [Theory]
    [InlineData("<p>Soit <math><semantics><mi>n</mi><annotation encoding=\"application/x-tex\">n \\geq 2</annotation></semantics></math> un entier.</p>", "Soit $n \\geq 2$ un entier.")]
    [InlineData("<p>其中<math alttext=\"\\alpha\"><mi>α</mi></math>为学习率。</p>", "其中$\\alpha$为学习率。")]
    [InlineData("<p>Die Summe <math display=\"block\" alttext=\"\\sum_{k=1}^{n} k\"><mo>∑</mo></math> wächst.</p>", "Die Summe $$\\sum_{k=1}^{n} k$$ wächst.")]
    [InlineData("<p>Area <math><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math> only.</p>", "Area πr2 only.")]
    [InlineData("<p>Fallback <img class=\"mwe-math-fallback-image-inline\" src=\"f.svg\" alt=\"{\\textstyle e^{x}}\"> alone.</p>", "Fallback $e^{x}$ alone.")]
    public void Formulas_keep_their_tex_inline(string html, string expected) =>
        Assert.Equal(expected, Assert.Single(Content(Read(html))));

    [Theory]
    [InlineData("<p>Le prix est de 5 $ et <span class=\"math-note\">une note</span>.</p>", "Le prix est de 5 $ et une note.")]
    [InlineData("<p>A <img src=\"p.png\" class=\"thumbimage\" alt=\"harbour\"> view.</p>", "A harbour view.")]
    public void Look_alikes_of_formulas_are_left_alone(string html, string expected) =>
        Assert.Equal(expected, Assert.Single(Content(Read(html))));

    [Theory]
    [InlineData(@"{\displaystyle x^{2}}", @"x^{2}")]
    [InlineData(@" {\textstyle \{a\}} ", @"\{a\}")]
    [InlineData(@"{\displaystyle a}+{\displaystyle b}", @"{\displaystyle a}+{\displaystyle b}")]
    [InlineData(@"{\displaystylex}", @"{\displaystylex}")]
    [InlineData(@"\frac{1}{2}", @"\frac{1}{2}")]
    public void The_displaystyle_wrapper_goes_only_when_it_wraps_the_whole_formula(string tex, string expected) =>
        Assert.Equal(expected, HtmlMath.Unwrap(tex));

    // ---- ruby ----

    [Fact]
    public void Ruby_readings_leave_the_text_for_the_metadata()
    {
        var doc = Read("<main><h1>ニュース</h1><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する。</p></main>");

        Assert.Equal(["ニュース", "子どもへの体罰を禁止する。"], Content(doc));
        Assert.Equal(
            [new RubyAnnotation("子", "こ", 1), new RubyAnnotation("体罰", "たいばつ", 1), new RubyAnnotation("禁止", "きんし", 1)],
            doc.Metadata.Ruby);
    }

    [Fact]
    public void Per_character_pinyin_ruby_gives_a_pair_per_character()
    {
        var doc = Read("<p><ruby>北<rt>běi</rt>京<rt>jīng</rt></ruby>欢迎你。</p>");

        Assert.Equal("北京欢迎你。", Assert.Single(Content(doc)));
        Assert.Equal([("北", "běi"), ("京", "jīng")], doc.Metadata.Ruby.Select(r => (r.Base, r.Reading)));
    }

    [Fact]
    public void Parentheses_written_in_the_text_are_not_ruby()
    {
        var doc = Read("<p>漢字（かんじ）を読む。</p>");

        Assert.Equal("漢字（かんじ）を読む。", Assert.Single(Content(doc)));
        Assert.Empty(doc.Metadata.Ruby);
    }

    // ---- line breaks ----

    [Fact]
    public void A_br_between_chinese_and_another_script_is_a_space()
    {
        var doc = Read("<p>Wo hai you hua xiang dui ni shuo<br>我还有话想对你说<br>\n  Ni hai ji de 2019 ma<br>你还记得吗</p>");

        Assert.Equal("Wo hai you hua xiang dui ni shuo 我还有话想对你说 Ni hai ji de 2019 ma 你还记得吗", Assert.Single(Content(doc)));
    }

    [Theory]
    [InlineData("<p>Rue de la Paix<br>75002 Paris</p>", "Rue de la Paix\n75002 Paris")]
    [InlineData("<p>床前明月光，<br>疑是地上霜。</p>", "床前明月光，\n疑是地上霜。")]
    [InlineData("<p>서울특별시<br>Seoul</p>", "서울특별시\nSeoul")]
    [InlineData("<p><br>Первая строка<br></p>", "Первая строка")]
    public void Other_brs_stay_line_breaks(string html, string expected) =>
        Assert.Equal(expected, Assert.Single(Content(Read(html))));

    [Fact]
    public void Two_brs_in_a_row_end_a_paragraph()
    {
        var doc = Read("<div class=\"post-body\">Première strophe,<br>deux vers.<br><br>\n<br>Seconde strophe.</div>");

        Assert.Equal(["Première strophe,\ndeux vers.", "Seconde strophe."], Content(doc));
    }

    // ---- text left out ----

    [Fact]
    public void Text_left_out_of_the_content_is_flagged_by_kind_with_counts()
    {
        var doc = Read("""
            <html><head><script>var a = "script text";</script><style>p { color: red }</style></head>
            <body><main>
            <p>First paragraph.</p>
            <noscript>Activez JavaScript pour lire la suite.</noscript>
            <p>Second paragraph.</p>
            <p hidden>隐藏的段落</p><div style="display:none">Versteckt</div>
            <iframe src="v.html">Votre navigateur ne lit pas les cadres.</iframe>
            <span aria-hidden="true">★</span>
            <template><p>Template text</p></template>
            </main>
            <nav><p hidden>Hidden in the navigation</p></nav>
            </body></html>
            """);

        Assert.Equal(["First paragraph.", "Second paragraph."], Content(doc));
        var flags = doc.Flags.Where(f => f.Code == HtmlDroppedText.FlagCode).ToList();
        Assert.Equal(3, flags.Count);
        Assert.Equal("html: 1 <noscript> element with 33 characters of text left out of the main content", flags[0].Message);
        Assert.Equal(1, flags[0].Block);
        Assert.StartsWith("html: 2 hidden elements with 14 characters", flags[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("html: 1 <iframe> element", flags[2].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Flags, f => f.Message.Contains("<script>", StringComparison.Ordinal) || f.Message.Contains("<template>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_with_nothing_hidden_has_no_flags()
    {
        var doc = Read("<main><p>Texte visible.</p><p>可见的文字。</p><svg><path d=\"M0 0\"/></svg></main>");

        Assert.Empty(doc.Flags);
    }

    [Fact]
    public void A_frameset_page_reads_as_no_text_and_a_flag_naming_its_frames()
    {
        var doc = Read("<html><head><title>Archiv</title></head><frameset cols=\"25%,75%\"><frame src=\"menu.htm\"><frame src=\"inhalt.htm\"><noframes>Ihr Browser kann keine Frames.</noframes></frameset></html>");

        Assert.Empty(doc.Blocks);
        var flag = Assert.Single(doc.Flags);
        Assert.Equal(HtmlFrameset.FlagCode, flag.Code);
        Assert.Contains("2 frame documents: menu.htm, inhalt.htm", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_is_all_furniture_says_so()
    {
        var doc = Read("<body><nav><ul><li><a href=\"/a\">Accueil</a></li><li><a href=\"/b\">Actualités</a></li></ul></nav><footer><p>© 2024 Le Port</p></footer></body>");

        Assert.Empty(doc.ContentBlocks);
        var flag = Assert.Single(doc.Flags);
        Assert.Equal(HtmlReader.NoContentFlag, flag.Code);
        Assert.StartsWith("html: no main content; all 3 blocks", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_content_and_furniture_has_no_such_flag() =>
        Assert.DoesNotContain(Read("<body><nav><a href=\"/\">Home</a> <a href=\"/b\">Blog</a></nav><p>Un vrai paragraphe.</p></body>").Flags, f => f.Code == HtmlReader.NoContentFlag);

    // ---- markup never reaches text ----

    [Theory]
    [InlineData("minimal")]
    [InlineData("default")]
    [InlineData("strict")]
    public void No_profile_leaves_image_markup_in_the_text(string profile)
    {
        using var temp = new TempFolder();
        string page = temp.File("p.html", "<main><p>Voir la carte <img src=\"carte.png\" alt=\"Carte du port\"> et <img src=\"x.gif\"> ici.</p><p>港口<img src=\"a.jpg\" alt=\"\">照片。</p></main>");

        var run = CliRun.Invoke(["convert", page, "--profile", profile]);

        Assert.True(run.ExitCode == 0, run.Error);
        var record = JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement;
        string text = record.GetProperty("text").GetString()!;
        Assert.DoesNotContain("<img", text, StringComparison.Ordinal);
        Assert.Contains("Voir la carte Carte du port et ici.", text, StringComparison.Ordinal);
        Assert.Contains("港口照片。", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ruby_is_written_in_the_record_meta()
    {
        using var temp = new TempFolder();
        string page = temp.File("r.html", "<main><p><ruby>漢字<rt>かんじ</rt></ruby>を読む。</p></main>");

        var run = CliRun.Invoke(["convert", page]);

        Assert.True(run.ExitCode == 0, run.Error);
        var record = JsonDocument.Parse(Assert.Single(run.OutputLines)).RootElement;
        Assert.Equal("漢字を読む。", record.GetProperty("text").GetString());
        var ruby = Assert.Single(record.GetProperty("meta").GetProperty("ruby").EnumerateArray().ToList());
        Assert.Equal(("漢字", "かんじ", 0), (ruby.GetProperty("base").GetString(), ruby.GetProperty("reading").GetString(), ruby.GetProperty("block").GetInt32()));
    }
}
