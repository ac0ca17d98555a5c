using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// Boxes that look like chrome by their name but hold the page's text: a <c>form</c> wrapping the whole page, a
/// section of the article named for the ad slots it carries. Each with the look-alike that must stay chrome.
/// </summary>
public class HtmlChromeExceptionsTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    [Fact]
    public void A_form_wrapping_the_whole_page_is_layout_not_a_form()
    {
        string body = Paragraphs("Ветеран сборной принял решение завершить карьеру после чемпионата Европы.", 5);
        // The site's link lists sit inside the form too, so that most of its text is links.
        string feed = string.Concat(Enumerable.Range(1, 40).Select(i => $"<div><a href=\"/news/{i}\">Новость дня номер {i}: итоги тура и обзор матчей</a></div>"));
        var doc = Read($"""
            <html><head><title>Завершил карьеру</title></head><body>
            <form id="mainForm" method="post" action="/page.aspx">
              <div class="page"><div class="col-left"><div class="inner">{body}</div></div>
              <div class="feed">{feed}</div>
              <div class="sidebar"><p>Самое читаемое за неделю: обзор тура и оценки игроков.</p></div></div>
            </form></body></html>
            """);

        Assert.Contains("Ветеран сборной принял решение", doc.Text, StringComparison.Ordinal);
        Assert.Contains("(5)", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Самое читаемое", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Новость дня номер 7", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_form_beside_the_article_stays_chrome()
    {
        string body = Paragraphs("Die Gemeinde hat den neuen Spielplatz am Stadtpark eröffnet und lädt alle Familien ein.", 5);
        var doc = Read($"""
            <html><body>
            <article>{body}</article>
            <form action="/newsletter"><p>Tragen Sie sich für unseren wöchentlichen Newsletter ein.</p><input name="email"></form>
            </body></html>
            """);

        Assert.Contains("Die Gemeinde hat den neuen Spielplatz", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("wöchentlichen Newsletter", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_of_a_review_named_for_their_ad_slots_keep_their_text()
    {
        string section1 = Paragraphs("We heated the grill for ten minutes and the plate reached an even temperature.", 3);
        string section2 = Paragraphs("Le steak était saisi à cœur, juteux, avec une belle croûte sombre.", 4);
        var doc = Read($"""
            <html><head><title>Grill review</title></head><body>
            <article itemprop="articleBody">
              <p>Our verdict after a week of grilling: worth its price.</p>
              <section class="Review__Section Review__Section--Ads"><h2>Heating up</h2>{section1}</section>
              <section class="Review__Section Review__Section--Ads"><h2>Résultat</h2>{section2}</section>
            </article></body></html>
            """);

        Assert.Contains("We heated the grill for ten minutes", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Le steak était saisi à cœur", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ad_box_stays_chrome_and_so_does_an_ad_named_sidebar_with_prose()
    {
        string body = Paragraphs("市政府宣布，新的地铁线路将于明年年底前全面通车，沿线设二十个车站。", 5);
        string promo = Paragraphs("限时优惠：本周订阅全年电子报，即可获得精美礼品一份，名额有限，先到先得。", 3);
        var doc = Read($"""
            <html><body>
            <article>{body}
              <div class="ad-slot"><a href="https://ads.example/click"><img src="banner.png" alt="广告"></a><p>广告</p></div>
            </article>
            <div class="ads-sidebar">{promo}</div>
            </body></html>
            """);

        Assert.Contains("市政府宣布", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("限时优惠", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("广告", doc.Text, StringComparison.Ordinal);
    }
}
