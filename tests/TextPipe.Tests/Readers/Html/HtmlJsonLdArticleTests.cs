using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// The schema.org JSON-LD <c>articleBody</c> stands in for an article the HTML does not hold (rendered by script), and
/// only then: a page whose HTML holds the article keeps its own reading.
/// </summary>
public class HtmlJsonLdArticleTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string JsonLines(string sentence, int count) =>
        string.Join("\\n\\n", Enumerable.Range(1, count).Select(i => $"{sentence} ({i})"));

    [Fact]
    public void The_json_ld_article_body_replaces_an_html_frame_without_the_article()
    {
        string body = JsonLines("The president's policy debate drew criticism from both parties on Tuesday.", 6);
        var doc = Read($$"""
            <html><head><title>Policy debate</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Policy debate",
              "articleBody":"{{body}}"}</script></head>
            <body><div id="app"><figure><figcaption>The president speaks. Photo: agency</figcaption></figure><a href="/full">READ FULL ARTICLE</a></div></body></html>
            """);

        Assert.Contains("The president's policy debate drew criticism", doc.Text, StringComparison.Ordinal);
        Assert.Contains("(6)", doc.Text, StringComparison.Ordinal);
        Assert.Equal(6, doc.Blocks.Count(b => b.IsContent && b.Text.StartsWith("The president's policy", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_article_body_inside_a_graph_is_found_and_entities_are_decoded()
    {
        string body = JsonLines("Die Stadtwerke erh&ouml;hen die Preise f&uuml;r Fernwärme zum ersten Januar.", 5);
        var doc = Read($$"""
            <html><head><script type='application/ld+json'>{"@graph":[{"@type":"WebPage"},{"@type":"Article","articleBody":"{{body}}"}]}</script></head>
            <body><p>Kurzmeldung</p></body></html>
            """);

        Assert.Contains("Die Stadtwerke erhöhen die Preise für Fernwärme", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Kurzmeldung", doc.Blocks.Where(b => !b.IsContent).Select(b => b.Text));
    }

    [Fact]
    public void A_page_whose_html_holds_the_article_keeps_its_own_reading()
    {
        string paragraphs = string.Concat(Enumerable.Range(1, 6).Select(i => $"<p>市政府宣布新的地铁线路将于明年年底前全面通车，沿线设二十个车站。（{i}）</p>"));
        var doc = Read($$"""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"市政府宣布新的地铁线路将于明年年底前全面通车……"}</script></head>
            <body><article>{{paragraphs}}</article></body></html>
            """);

        Assert.Contains("（6）", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("……", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_body_of_markup_or_malformed_json_is_not_used()
    {
        string body = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Le conseil a voté le budget de la ville pour l'année prochaine ({i}).</p>"));
        var doc = Read($$"""
            <html><head>
            <script type="application/ld+json">{"@type":"Article","articleBody":"{{body}}"}</script>
            <script type="application/ld+json">{"@type":"Article","articleBody":"Le conseil a voté {{new string('x', 900)}}"</script>
            </head><body><main><p>Brève : séance du conseil municipal.</p></main></body></html>
            """);

        Assert.Equal("Brève : séance du conseil municipal.", doc.Text);
    }
}
