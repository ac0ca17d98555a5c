using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// The lead (abstract, standfirst, teaser paragraph) a page sets in a box of its own above the article's body stays in
/// the text, before the body; a teaser of another story, a picture's description and a lead far from the article stay out.
/// </summary>
public class HtmlArticleLeadTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    [Fact]
    public void An_abstract_in_the_article_header_comes_before_the_body()
    {
        string body = Paragraphs("市政府周三宣布，新的有轨电车线路将于明年春天开工，全长十二公里，沿线设十八个车站。", 6);
        var doc = Read($"""
            <html><head><title>有轨电车新线明年开工</title></head><body><main><article>
              <header class="article-header has-sharing">
                <h1>有轨电车新线明年开工</h1>
                <div class="article-header__abstract">新线路连接火车站和大学城，预计每天运送乘客四万人次，总投资约三十亿元。</div>
                <ul class="share"><li><a href="/s">分享</a></li></ul>
              </header>
              <div class="article-text">{body}</div>
            </article></main></body></html>
            """);

        int lead = doc.Text.IndexOf("新线路连接火车站和大学城", StringComparison.Ordinal);
        Assert.True(lead >= 0, doc.Text);
        Assert.True(lead < doc.Text.IndexOf("市政府周三宣布", StringComparison.Ordinal));
        Assert.DoesNotContain("分享", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"news-teaser\" itemprop=\"description\">")]
    [InlineData("<div class=\"chapo\" itemprop=\"description\">")]
    [InlineData("<div class=\"standfirst\">")]
    public void A_lead_named_by_class_or_schema_org_description_is_kept(string leadOpening)
    {
        string body = Paragraphs("Le conseil municipal a voté mardi soir la nouvelle ligne de tram, après un long débat sur son coût.", 6);
        var doc = Read($"""
            <html><body><div class="page"><div class="news-single">
              <h1>La ligne de tram est votée</h1>
              {leadOpening}<p>Douze kilomètres et dix-huit arrêts : les travaux commenceront au printemps prochain.</p></div>
              <div class="news-text">{body}</div>
            </div></div></body></html>
            """);

        Assert.Contains("Douze kilomètres et dix-huit arrêts", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Le conseil municipal a voté", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sommario", "Il consiglio comunale ha approvato martedì la nuova linea del tram dopo un lungo dibattito sui costi.", "Dodici chilometri e diciotto fermate: i lavori cominceranno la prossima primavera.")]
    [InlineData("perex", "Městská rada v úterý schválila novou tramvajovou trať po dlouhé debatě o jejích nákladech.", "Dvanáct kilometrů a osmnáct zastávek: stavba začne příští jaro.")]
    [InlineData("entradilla", "El ayuntamiento aprobó el martes la nueva línea de tranvía tras un largo debate sobre su coste.", "Doce kilómetros y dieciocho paradas: las obras empezarán la próxima primavera.")]
    public void A_lead_named_in_the_newsroom_word_of_its_language_is_kept(string leadClass, string bodySentence, string leadText)
    {
        var doc = Read($"""
            <html><body><div class="page"><div class="grid"><div class="row"><div class="col">
              <p class="{leadClass}">{leadText}</p>
              <div class="row"><div class="col"><div class="wrap"><div class="text">{Paragraphs(bodySentence, 6)}</div></div></div></div>
            </div></div></div></div></body></html>
            """);

        int lead = doc.Text.IndexOf(leadText, StringComparison.Ordinal);
        Assert.True(lead >= 0, doc.Text);
        Assert.True(lead < doc.Text.IndexOf(bodySentence, StringComparison.Ordinal));
    }

    [Fact]
    public void A_teaser_of_another_story_and_a_picture_description_stay_out()
    {
        string body = Paragraphs("The council approved the new tram line on Tuesday after a long debate about its cost.", 6);
        var doc = Read($"""
            <html><body><div class="page"><div class="story">
              <div class="teaser"><a href="/other">Heavy snow closes the mountain pass for the third time this winter</a></div>
              <figure><img src="tram.jpg"><figcaption itemprop="description">The new tram at the station, seen from the bridge on Monday.</figcaption></figure>
              <div class="story-body">{body}</div>
            </div></div></body></html>
            """);

        Assert.Contains("The council approved the new tram line", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Heavy snow closes", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("The new tram at the station", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_in_the_navigation_or_after_the_body_is_not_a_lead()
    {
        string body = Paragraphs("Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen, nach langer Debatte über die Kosten.", 6);
        var doc = Read($"""
            <html><body><div class="page"><div class="news">
              <nav><div class="summary">Alle Meldungen dieser Woche aus Politik, Wirtschaft und Kultur auf einen Blick.</div></nav>
              <div class="news-body">{body}</div>
              <div class="summary">Zusammenfassung der Redaktion: Kosten, Strecke und Zeitplan der neuen Linie.</div>
            </div></div></body></html>
            """);

        Assert.Contains("Der Stadtrat hat am Dienstag", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alle Meldungen dieser Woche", doc.Text, StringComparison.Ordinal);
    }
}
