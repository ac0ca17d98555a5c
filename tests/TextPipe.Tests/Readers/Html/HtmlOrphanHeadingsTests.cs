using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// A heading whose section went entirely to furniture (a box of related links, a share bar) goes with it; a heading
/// with content under it, or with a deeper heading and content under that, stays; a page left with headings alone keeps them.
/// </summary>
public class HtmlOrphanHeadingsTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    private static string Links(string label, int count) =>
        "<ul>" + string.Concat(Enumerable.Range(1, count).Select(i => $"<li><a href=\"/a/{i}\">{label} {i}</a></li>")) + "</ul>";

    [Theory]
    [InlineData("Ähnliche Beiträge", "Weiterer Artikel")]
    [InlineData("Lire aussi", "Un autre article")]
    [InlineData("相关阅读", "另一篇文章")]
    public void A_heading_above_a_link_list_at_the_end_of_the_article_goes_with_it(string heading, string linkLabel)
    {
        string body = Paragraphs("The council approved the new tram line on Tuesday after a long debate about its cost.", 5);
        var doc = Read($"""
            <html><body><article>{body}<h3>{heading}</h3>{Links(linkLabel, 5)}</article></body></html>
            """);

        Assert.Contains("The council approved", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(heading, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Blocks, b => b.Kind == BlockKind.PageFurniture && b.Text == heading);
    }

    [Fact]
    public void A_related_box_mid_article_loses_its_heading_and_the_next_section_keeps_its_own()
    {
        string first = Paragraphs("La mairie a rouvert la piscine municipale ce matin après deux ans de travaux.", 3);
        string second = Paragraphs("Les tarifs restent inchangés pour les habitants de la commune cette année.", 3);
        var doc = Read($"""
            <html><body><article><h2>La réouverture</h2>{first}<h3>À lire aussi</h3>{Links("Autre nouvelle", 5)}<h2>Les tarifs</h2>{second}</article></body></html>
            """);

        Assert.DoesNotContain("À lire aussi", doc.Text, StringComparison.Ordinal);
        Assert.Contains("La réouverture", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Les tarifs", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_with_content_under_them_or_under_a_deeper_heading_stay()
    {
        string body = Paragraphs("市政府周三宣布，新的有轨电车线路将于明年春天开工，全长十二公里。", 3);
        var doc = Read($"""
            <html><body><article><h2>第一章</h2><h3>第一节</h3>{body}<h2>第二章</h2>{body}</article></body></html>
            """);

        Assert.Contains("第一章", doc.Text, StringComparison.Ordinal);
        Assert.Contains("第一节", doc.Text, StringComparison.Ordinal);
        Assert.Contains("第二章", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_of_headings_and_link_lists_alone_keeps_its_headings()
    {
        var doc = Read($"""
            <html><body><h2>Archiv 2019</h2>{Links("Meldung", 6)}<h2>Archiv 2020</h2>{Links("Meldung", 6)}</body></html>
            """);

        Assert.Contains("Archiv 2019", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Archiv 2020", doc.Text, StringComparison.Ordinal);
    }
}
