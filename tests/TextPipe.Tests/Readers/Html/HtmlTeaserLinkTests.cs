using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// A paragraph, list item or subheading that is one link and little else, set among the article's paragraphs, is
/// another article's teaser and goes to furniture; a sentence that carries a link, a line that starts a sentence before
/// its link, a source written out as its address, a contact address, a link within the page, a link of one word, a data
/// table's linked cells, a linked heading over a section of its own and a list whose items say more than their links stay.
/// </summary>
public class HtmlTeaserLinkTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    private static Document Article(string sentence, string between) => Read($"""
        <html><body><article><div class="entry-content">{Paragraphs(sentence, 3)}
        {between}
        {Paragraphs(sentence, 3)}</div></article></body></html>
        """);

    [Theory]
    [InlineData("The council approved the new tram line on Tuesday after a long debate about its cost.",
        "<p><a href=\"/2021/bus-fares\">Bus fares rise again in the spring, the operator says</a></p>", "Bus fares rise again")]
    [InlineData("Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.",
        "<p>À lire aussi : <a href=\"/velo\">Pistes cyclables, la deuxième phase commence</a></p>", "Pistes cyclables")]
    [InlineData("市议会周二在就成本进行长时间辩论后批准了新的有轨电车线路，全长十二公里。",
        "<p>延伸阅读：<a href=\"/news/bus\">公交票价春季再次上涨</a></p>", "公交票价春季再次上涨")]
    [InlineData("Der Stadtrat hat am Dienstag nach langer Debatte über die Kosten die neue Straßenbahnlinie beschlossen.",
        "<div><h3><a href=\"/radwege\">Radwege: Die zweite Bauphase beginnt im Mai</a></h3><p>12.05.2021</p></div>", "Radwege: Die zweite Bauphase")]
    [InlineData("市议会周二在就成本进行长时间辩论后批准了新的有轨电车线路，全长十二公里。",
        "<p><a href=\"/news/fare\">公交票价春季再次上涨，运营方称成本增加</a></p>", "公交票价春季再次上涨")]
    [InlineData("The council approved the new tram line on Tuesday after a long debate about its cost.",
        "<ul><li><a href=\"/parking\">Parking fees double in the old town » </a></li></ul>", "Parking fees double")]
    public void A_line_that_is_one_link_among_the_paragraphs_is_another_article_s_teaser(string sentence, string teaser, string teaserWords)
    {
        var doc = Article(sentence, teaser);

        Assert.Contains(sentence, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(teaserWords, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Blocks, b => b.Kind == BlockKind.PageFurniture && b.Text.Contains(teaserWords, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The council approved the new tram line on Tuesday after a long debate about its cost.",
        "<p>The operator published <a href=\"/report\">its yearly report</a> on Monday, with ridership up by a fifth since the last count.</p>",
        "its yearly report")]
    [InlineData("Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.",
        "<p>2019–2021 : trois ans de <a href=\"/chantier\">travaux sur la place</a></p>", "trois ans de travaux")]
    [InlineData("市议会周二在就成本进行长时间辩论后批准了新的有轨电车线路，全长十二公里。",
        "<p>详情见 <a href=\"https://example.org/plan\">https://example.org/plan/tram-2026</a></p>", "https://example.org/plan/tram-2026")]
    [InlineData("Der Stadtrat hat am Dienstag nach langer Debatte über die Kosten die neue Straßenbahnlinie beschlossen.",
        "<p><a href=\"mailto:presse@stadt.example\">presse@stadt.example</a></p>", "presse@stadt.example")]
    public void A_sentence_with_a_link_a_written_out_source_and_a_contact_address_stay(string sentence, string line, string lineWords)
    {
        var doc = Article(sentence, line);

        Assert.Contains(lineWords, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The council approved the new tram line on Tuesday after a long debate about its cost.",
        "<h3><a href=\"https://shop.example/games/tram-tycoon\">“Tram Tycoon” ($20)</a></h3>",
        "<p>The game lets you plan a network, and its timetable editor is the best we have tried; it runs smoothly on older machines too.</p>",
        "“Tram Tycoon” ($20)")]
    [InlineData("Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.",
        "<h2><a href=\"/2021/05/bilan-des-travaux\">Bilan des travaux de la première phase</a></h2>",
        "<div>Les travaux ont duré deux ans, ont coûté un peu plus que prévu et ont été achevés avec trois semaines d’avance sur le calendrier annoncé.</div>",
        "Bilan des travaux de la première phase")]
    [InlineData("市议会周二在就成本进行长时间辩论后批准了新的有轨电车线路，全长十二公里。",
        "<h3><a href=\"/post/2021/tram-review\">新线路试运行一个月的体验</a></h3>",
        "<p>试运行期间，列车准点率达到百分之九十八，乘客对车厢的宽敞和安静评价很高，但也有人抱怨高峰时段的发车间隔太长，换乘站的指示牌不够清楚，站台上的座位太少，晚上十点以后的班次也不够多。</p>",
        "新线路试运行一个月的体验")]
    public void A_linked_heading_over_a_section_of_its_own_heads_that_section(string sentence, string heading, string section, string headingWords)
    {
        var doc = Read($"""
            <html><body><article><div class="entry-content">{Paragraphs(sentence, 10)}
            {heading}
            {section}
            {Paragraphs(sentence, 10)}</div></article></body></html>
            """);

        Assert.Contains(doc.Blocks, b => b.Kind == BlockKind.Heading && b.Text.Contains(headingWords, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<h2 id=\"plan\"><a href=\"#plan\">The plan at a glance</a></h2><h3 id=\"cost\">Cost</h3>", "The plan at a glance")]
    [InlineData("<p><a href=\"#financement\">Aller au financement du projet</a></p>", "Aller au financement du projet")]
    [InlineData("<p><a href=\"/fahrplan.pdf\">Fahrplan</a></p>", "Fahrplan")]
    [InlineData("<ul><li><a href=\"/downloads/plan\">Linienplan</a></li></ul>", "Linienplan")]
    public void A_link_within_the_page_or_of_one_word_is_no_teaser(string line, string lineWords)
    {
        var doc = Article("The council approved the new tram line on Tuesday after a long debate about its cost.", line);

        Assert.Contains(lineWords, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_linked_cells_of_a_data_table_are_its_values()
    {
        var doc = Article("The council approved the new tram line on Tuesday after a long debate about its cost.", """
            <table><tr><th>App</th><th>Size before</th><th>Size after</th></tr>
            <tr><td><div><a href="/apps/city-maps">City Maps Offline</a></div></td><td>32.7 MB</td><td>17.5 MB (-46 %)</td></tr>
            <tr><td><div><a href="/apps/tram-times">Tram Times Live</a></div></td><td>8.1 MB</td><td>2.4 MB (-70 %)</td></tr></table>
            """);

        Assert.Contains("City Maps Offline", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Tram Times Live", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_sources_with_their_details_stays()
    {
        string sentence = "Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.";
        var doc = Article(sentence, """
            <h2>Sources</h2>
            <ul><li>Insee, « Déplacements domicile-travail », <a href="/insee">rapport 2020</a>, p. 12–14.</li>
            <li>Cerema, étude sur les lignes de tramway en France, <a href="/cerema">synthèse</a>, 2019.</li></ul>
            """);

        Assert.Contains("Déplacements domicile-travail", doc.Text, StringComparison.Ordinal);
        Assert.Contains("étude sur les lignes de tramway", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<li><a href=\"/pam\">PAM (modules d’authentification)</a></li><li>« /etc/inetd.conf » pour le super-serveur ;</li><li>« /etc/hosts.deny » pour l’enrobeur TCP ;</li>", "PAM (modules d’authentification)")]
    [InlineData("<li><a href=\"/pam\">PAM（可插拔认证模块）</a></li><li>超级服务器使用 /etc/inetd.conf 文件</li><li>TCP 包装器使用 /etc/hosts.deny 文件</li>", "PAM（可插拔认证模块）")]
    [InlineData("<li><p><a href=\"https://search.example.org/\">The project's own search site</a>.</p></li><li><p><a href=\"/groups\">Group archives</a>: a search engine over the mailing lists.</p></li>", "The project's own search site")]
    public void A_linked_item_among_items_of_prose_is_an_entry_of_the_list(string items, string linkedItem)
    {
        var doc = Article("Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.", $"<ul>{items}</ul>");

        Assert.Contains(linkedItem, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_glossary_s_linked_terms_stay()
    {
        string sentence = "The council approved the new tram line on Tuesday after a long debate about its cost.";
        var doc = Article(sentence, """
            <dl><dt><a href="/glossary/headway">Headway</a></dt><dd>The time between two trams on the same line at a stop.</dd></dl>
            """);

        Assert.Contains("Headway", doc.Text, StringComparison.Ordinal);
    }
}
