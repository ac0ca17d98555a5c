using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// Main-content extraction on small pages written for these tests, one per class of page the extractor used to get
/// wrong: each keeps the article whole and leaves the frame around it (headline already in the title, bylines,
/// captions, related links, newsletter boxes) out of the text, with a look-alike that must stay as it was.
/// </summary>
public class HtmlMainContentTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Text(Document doc) => doc.Text;

    /// <summary>Prose long enough to be an article: the paragraph repeated, so the page's share of text is clear.</summary>
    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    [Fact]
    public void A_column_whose_class_mixes_sidebar_with_article_body_keeps_the_article()
    {
        string body = Paragraphs("The council approved the new tram line after a long debate about its cost.", 6);
        var doc = Read($"""
            <html><head><title>Tram line approved</title></head><body>
            <main>
              <div class="l-has-sidebar l-article-body">{body}</div>
              <div class="sidebar"><p>Most read today</p></div>
            </main></body></html>
            """);

        Assert.Contains("The council approved the new tram line", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Most read today", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misnamed_wrapper_around_the_article_is_trusted_but_the_chrome_boxes_inside_it_stay_out()
    {
        // Every box around the article carries a chrome word, so the walk with class words finds nothing; the retry
        // must distrust only the wrappers that hold most of the text, not the small boxes inside the article.
        string body = Paragraphs("Die Stadtwerke erneuern im Sommer die Leitungen unter der Hauptstraße zwischen Markt und Bahnhof.", 8);
        var doc = Read($"""
            <html><head><title>Leitungen werden erneuert</title></head><body>
            <div id="page"><div class="sidebar-layout">
              <div class="content-with-sidebar-wrp">
                {body}
                <div class="newsletter-signup"><p>Jetzt den Newsletter abonnieren und nichts mehr verpassen.</p></div>
                <div class="share-tools"><p>Teilen Sie diesen Artikel mit Ihren Freunden.</p></div>
              </div>
            </div></div>
            </body></html>
            """);

        Assert.Contains("Die Stadtwerke erneuern im Sommer", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Newsletter abonnieren", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Teilen Sie diesen Artikel", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void Content_spread_over_misnamed_boxes_none_holding_half_still_falls_back_to_element_names()
    {
        string first = Paragraphs("The river authority opened the new flood gates on Tuesday morning after a long wait.", 4);
        string second = Paragraphs("Residents along the embankment said the works had closed the towpath for a year.", 4);
        string third = Paragraphs("The authority expects the gates to protect about four thousand homes in the valley.", 4);
        var doc = Read($"""
            <html><body><div class="sidebar-a">{first}</div><div class="sidebar-b">{second}</div><div class="sidebar-c">{third}</div></body></html>
            """);

        Assert.Contains("opened the new flood gates", Text(doc), StringComparison.Ordinal);
        Assert.Contains("four thousand homes", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_sidebar_with_a_content_word_in_its_class_stays_chrome()
    {
        string body = Paragraphs("Le conseil municipal a voté la nouvelle ligne de tram après un long débat.", 6);
        var doc = Read($"""
            <html><body><main>
              <div class="article">{body}</div>
              <div class="sidebar-content"><p>Les plus lus aujourd'hui : la météo du week-end.</p></div>
            </main></body></html>
            """);

        Assert.Contains("Le conseil municipal a voté", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Les plus lus", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_org_article_body_without_paragraphs_is_the_root()
    {
        string links = string.Concat(Enumerable.Range(1, 30).Select(i => $"<li><a href=\"/n/{i}\">Autre nouvelle numéro {i} du jour</a></li>"));
        var doc = Read($"""
            <html><body><article>
              <div class="row"><div class="left"><ul>{links}</ul>
                <div itemprop="articleBody">La mairie a rouvert la piscine municipale ce matin.<br>Les travaux ont duré deux ans et coûté quatre millions d'euros.</div>
              </div></div>
              <div class="newsletter-box">Abonnez-vous à notre lettre quotidienne</div>
            </article></body></html>
            """);

        Assert.Contains("La mairie a rouvert la piscine municipale ce matin.", Text(doc), StringComparison.Ordinal);
        Assert.Contains("Les travaux ont duré deux ans", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Autre nouvelle", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Abonnez-vous", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void Among_several_articles_the_one_headed_by_the_title_wins_over_a_listing_of_teasers()
    {
        string teaser = "这是另一篇文章的摘要，介绍了本周末的天气变化和出行建议，内容较长。";
        string teasers = string.Concat(Enumerable.Range(1, 5).Select(i => $"<article><h2>其他文章{i}</h2><p>{teaser}{teaser}</p></article>"));
        var doc = Read($"""
            <html><head><title>港口重新开放 — 海港日报</title><meta property="og:site_name" content="海港日报"></head><body>
            <article class="post"><h1>港口重新开放</h1><p>台风过后三天，东港码头于周一重新开放，所有航线恢复正常。</p></article>
            <article class="related-list">{teasers}</article>
            </body></html>
            """);

        Assert.Equal("港口重新开放", doc.Metadata.Title);
        Assert.Contains("东港码头于周一重新开放", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("其他文章", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("另一篇文章的摘要", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void Several_teasers_without_a_title_heading_all_stay()
    {
        var doc = Read("<html><head><title>Index</title></head><body><article><h2>Un</h2><p>Premier résumé.</p></article><article><h2>Deux</h2><p>Second résumé.</p></article></body></html>");

        Assert.Contains("Premier résumé.", Text(doc), StringComparison.Ordinal);
        Assert.Contains("Second résumé.", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_main_holding_only_a_teaser_gives_way_to_the_page_s_prose()
    {
        string story = Paragraphs("Researchers found that the old bridge can carry trams after modest repairs.", 8);
        var doc = Read($"""
            <html><body>
            <main><p>Short teaser.</p></main>
            <div class="story-text">{story}</div>
            </body></html>
            """);

        Assert.Contains("Researchers found that the old bridge", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void Captions_galleries_related_lists_and_newsletter_boxes_are_not_text()
    {
        string body = Paragraphs("Die Stadt hat die neue Straßenbahnlinie nach langer Debatte genehmigt.", 5);
        var doc = Read($"""
            <html><body><main><article>
              <figure><img src="a.jpg" alt=""><figcaption>Die neue Bahn am Hauptbahnhof. Foto: Stadtwerke</figcaption></figure>
              {body}
              <p class="wp-caption-text">Bildnachweis: Archiv</p>
              <div class="gallery"><p>Bild 1 von 12</p></div>
              <div class="related-stories"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Busse fahren wieder</a></li><li><a href="/b">Neue Radwege</a></li></ul></div>
              <div class="newsletter"><p>Melden Sie sich für unseren Newsletter an.</p></div>
            </article></main></body></html>
            """);

        string text = Text(doc);
        Assert.Contains("Die Stadt hat die neue Straßenbahnlinie", text, StringComparison.Ordinal);
        foreach (string furniture in new[] { "Die neue Bahn am Hauptbahnhof", "Bildnachweis", "Bild 1 von 12", "Mehr zum Thema", "Busse fahren wieder", "Newsletter" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
        Assert.Contains("Die neue Bahn am Hauptbahnhof. Foto: Stadtwerke", doc.Metadata.Captions);
    }

    [Fact]
    public void A_table_caption_in_the_article_is_kept()
    {
        var doc = Read("<html><body><main><p>Results follow.</p><table><caption>Votes by district</caption><tr><td>North</td><td>12</td></tr></table></main></body></html>");

        Assert.Contains("Votes by district", Text(doc), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour reopens after storm - Reuters", null, "Harbour reopens after storm")]
    [InlineData("Harbour reopens after storm | The Coastal Times", null, "Harbour reopens after storm")]
    [InlineData("Le port rouvre après la tempête — Le Courrier du Sud", "Le Courrier du Sud", "Le port rouvre après la tempête")]
    [InlineData("Le Courrier du Sud | Le port rouvre après la tempête", "Le Courrier du Sud", "Le port rouvre après la tempête")]
    [InlineData("港口重新开放｜海港日报", null, "港口重新开放｜海港日报")] // no spaced separator: left as it is
    [InlineData("Spider-Man: a review", null, "Spider-Man: a review")] // a dash inside a word is no separator
    [InlineData("Review - The Matrix Reloaded", null, "Review - The Matrix Reloaded")] // the part after is longer: not a site name
    public void The_title_loses_the_site_name(string title, string? siteName, string expected)
    {
        string site = siteName is null ? "" : $"<meta property=\"og:site_name\" content=\"{siteName}\">";
        var doc = Read($"<html><head><title>{title}</title>{site}</head><body><main><p>Text.</p></main></body></html>");

        Assert.Equal(expected, doc.Metadata.Title);
    }

    [Fact]
    public void The_headline_is_the_title_and_not_repeated_in_the_text()
    {
        var doc = Read("""
            <html><head><meta property="og:title" content="Wahlen in Bayern: Was sich ändert"></head><body><main>
              <h1>Wahlen in Bayern: was sich ändert</h1>
              <p>Am Sonntag wird in Bayern gewählt.</p>
              <h2>Wahlen in Bayern</h2>
              <p>Die Wahllokale öffnen um acht Uhr.</p>
            </main></body></html>
            """);

        Assert.Equal("Wahlen in Bayern: Was sich ändert", doc.Metadata.Title);
        Assert.Equal(["Am Sonntag wird in Bayern gewählt.", "Wahlen in Bayern", "Die Wahllokale öffnen um acht Uhr."], doc.ContentBlocks.Select(b => b.Text));
        Assert.Contains(doc.Blocks, b => b.Kind == BlockKind.PageFurniture && b.Text == "Wahlen in Bayern: was sich ändert");
    }

    [Fact]
    public void A_heading_that_differs_from_the_title_stays()
    {
        var doc = Read("<html><head><title>Index des articles</title></head><body><main><h1>Les nouvelles du jour</h1><p>Texte.</p></main></body></html>");

        Assert.Equal(["Les nouvelles du jour", "Texte."], doc.ContentBlocks.Select(b => b.Text));
    }

    [Fact]
    public void The_box_of_the_paragraphs_is_the_article_without_its_byline_and_teasers()
    {
        string body = Paragraphs("The museum will reopen its east wing in spring after three years of work.", 8);
        var doc = Read($"""
            <html><body><main><article>
              <div class="meta">By A. Writer · Updated 3 May 2024, 10:20</div>
              <div class="entry">{body}</div>
              <div class="more"><span>Also today: the mayor opened a new library in the harbour district.</span></div>
            </article></main></body></html>
            """);

        string text = Text(doc);
        Assert.Contains("The museum will reopen its east wing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("By A. Writer", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Also today", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_article_is_not_narrowed_to_its_introduction()
    {
        string intro = Paragraphs("Ce guide présente dix étapes simples pour préparer son jardin à l'hiver.", 6);
        string steps = string.Concat(Enumerable.Range(1, 10).Select(i => $"<li>Étape {i} : couvrir les massifs de paillage, tailler les rosiers, rentrer les pots fragiles et vider les tuyaux d'arrosage.</li>"));
        var doc = Read($"<html><body><main><div class=\"intro\">{intro}</div><ol>{steps}</ol></main></body></html>");

        Assert.Contains("Étape 10 : couvrir les massifs", Text(doc), StringComparison.Ordinal);
        Assert.Contains("Ce guide présente dix étapes", Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void A_section_id_made_from_a_heading_is_not_judged_by_its_words()
    {
        var doc = Read("""
            <html><body><div class="content">
              <div class="section" id="sharing-with-a-single-developer"><h2>Sharing with a single developer</h2><p>Clone the repository twice.</p></div>
              <div id="share-bar"><a href="/x">Share</a> <a href="/y">Tweet</a></div>
            </div></body></html>
            """);

        Assert.Contains("Clone the repository twice.", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Tweet", Text(doc), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The council approved the new tram line on Tuesday after a long debate about its cost.",
        "<li><a href=\"/docs/search\">The project's full-text search site</a>.</li><li><a href=\"/lists\">Mailing list archives</a>: every list since 2004.</li>",
        "every list since 2004")]
    [InlineData("Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.",
        "<li><a href=\"/insee/2020\">Rapport annuel sur les déplacements domicile-travail</a></li><li><a href=\"/cerema\">Cerema</a> : étude des lignes de tramway en France, 2019.</li>",
        "étude des lignes de tramway")]
    [InlineData("市议会周二在就成本进行长时间辩论后批准了新的有轨电车线路，全长十二公里。",
        "<li><a href=\"/wiki/pam\">可插拔认证模块（PAM）的配置说明</a>。</li><li>通过 <a href=\"/pkg/nss\">libnss-ldap</a> 软件包查询目录服务。</li>",
        "软件包查询目录服务")]
    public void A_list_whose_items_say_more_than_their_links_is_the_article_s(string sentence, string items, string itemWords)
    {
        var doc = Read($"<html><body><article>{Paragraphs(sentence, 6)}<ul>{items}</ul>{Paragraphs(sentence, 2)}</article></body></html>");

        Assert.Contains(itemWords, Text(doc), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_bare_links_with_one_note_among_them_is_not_text()
    {
        string body = Paragraphs("The council approved the new tram line on Tuesday after a long debate about its cost.", 6);
        var doc = Read($"""
            <html><body><article>{body}
            <ul><li><a href="/2021/bus-fares">Bus fares rise again in the spring</a></li>
            <li><a href="/2021/bike-lanes">Second phase of the bike lanes begins</a></li>
            <li><a href="/2021/parking">Parking fees double in the old town</a> (video)</li></ul>
            </article></body></html>
            """);

        Assert.DoesNotContain("Bus fares rise again", Text(doc), StringComparison.Ordinal);
        Assert.DoesNotContain("Parking fees double", Text(doc), StringComparison.Ordinal);
    }
}
