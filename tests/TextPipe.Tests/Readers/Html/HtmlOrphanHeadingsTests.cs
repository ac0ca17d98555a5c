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

    private static string Cards(params (string Kicker, string Title)[] cards) =>
        "<div class=\"cards\">" + string.Concat(cards.Select((c, i) =>
            $"<div class=\"card\"><span class=\"kicker\">{c.Kicker}</span><p><a href=\"/story/{i}\">{c.Title}</a></p><p>12.03.2024</p></div>")) + "</div>";

    [Theory]
    [InlineData("Neueste Artikel", "Verkehr", "Neue Radwege für die Innenstadt sind geplant", "Kultur", "Das Stadttheater zeigt im Herbst drei Uraufführungen")]
    [InlineData("You might like", "Food", "Five soups for the first cold week of the autumn", "Travel", "A slow train through the valleys of the north")]
    [InlineData("最新文章", "交通", "市中心将新建三条自行车道，明年夏天完工", "文化", "市剧院秋季将上演三部新戏，门票下周开售")]
    public void A_heading_over_cards_whose_titles_went_to_furniture_goes_too(string heading, string kicker1, string title1, string kicker2, string title2)
    {
        string body = Paragraphs("The council approved the new tram line on Tuesday after a long debate about its cost.", 5);
        var doc = Read($"""
            <html><body><article>{body}<h2>{heading}</h2>{Cards((kicker1, title1), (kicker2, title2))}</article></body></html>
            """);

        Assert.Contains("The council approved", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(title1, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(heading, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_with_an_ad_slot_or_credits_between_its_paragraphs_keeps_its_heading()
    {
        string paragraph = "<p>Les tarifs restent inchangés pour les habitants de la commune cette année, a confirmé la mairie.</p>";
        var doc = Read($"""
            <html><body><article>
              <h2>La réouverture de la piscine</h2>{Paragraphs("La mairie a rouvert la piscine municipale ce matin après deux ans de travaux.", 3)}
              <h2>Les tarifs</h2>{paragraph}<div class="ad">Publicité</div><p>Crédits photos : Mairie</p>{paragraph}
              <div class="tags"><a href="/t/1">piscine</a> <a href="/t/2">mairie</a> <a href="/t/3">sport</a></div>
              <h3>Dernières nouvelles</h3><p>Le marché de Noël ouvre ses portes samedi sur la place de l'église.</p>
            </article></body></html>
            """);

        Assert.Contains("Les tarifs", doc.Text, StringComparison.Ordinal);
        Assert.Contains("La réouverture de la piscine", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_standfirst_set_as_a_heading_over_a_share_bar_and_an_ad_stays()
    {
        string standfirst = "Der Stadtrat hat die neue Straßenbahnlinie beschlossen, gebaut wird ab dem nächsten Frühjahr.";
        var doc = Read($"""
            <html><body><article>
              <h2>{standfirst}</h2>
              <ul class="share"><li><a href="/s/1">Teilen auf Facebook</a></li><li><a href="/s/2">Teilen per E-Mail an Freunde</a></li></ul>
              <p>Die Linie wird zwölf Kilometer lang.</p>
              <div class="ad">Anzeige: Jetzt Ihr neues Auto probefahren</div>
              <h3>Die Strecke</h3>{Paragraphs("Sie führt vom Hauptbahnhof über die Altstadt bis zur Universität im Norden der Stadt.", 4)}
            </article></body></html>
            """);

        Assert.Contains(standfirst, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manual_section_of_prose_beside_a_larger_link_table_keeps_its_heading()
    {
        string rows = string.Concat(Enumerable.Range(1, 6).Select(i =>
            $"<tr><td><a href=\"/pkg/{i}\">防火墙工具软件包第{i}号</a></td><td><a href=\"/doc/{i}\">在线文档与示例配置</a></td></tr>"));
        string notes = string.Concat(Enumerable.Range(1, 3).Select(i => $"<div class=\"sidebar\">提示：参见第{i}章的相关说明。</div>"));
        var doc = Read($"""
            <html><body><main>
              <h2>5.6. 防火墙</h2>
              <p>内核的包过滤模块提供有状态的防火墙和网络地址转换功能，用户空间的主程序负责把规则写入内核，并在重新启动后恢复它们。</p>
              <table>{rows}</table>{notes}
              <p>配置脚本可以简化这一过程。</p>
              <h2>5.7. 网络优化</h2>{Paragraphs("可以调整内核参数来提高网络吞吐量，但应先在测试机上验证效果。", 3)}
            </main></body></html>
            """);

        Assert.Contains("5.6. 防火墙", doc.Text, StringComparison.Ordinal);
        Assert.Contains("5.7. 网络优化", doc.Text, StringComparison.Ordinal);
    }
}
