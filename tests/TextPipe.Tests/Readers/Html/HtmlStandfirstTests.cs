using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// The standfirst a page sets between the article's headline and the box of its body, in a box named for nothing
/// (a sub-headline, a hero banner's paragraph, a bold summary), stays in the text before the body; a byline, a
/// caption, a call to subscribe, another story's teaser, and prose far from the headline stay out.
/// </summary>
public class HtmlStandfirstTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    private static void AssertBefore(Document doc, string first, string then)
    {
        int at = doc.Text.IndexOf(first, StringComparison.Ordinal);
        Assert.True(at >= 0, doc.Text);
        Assert.True(at < doc.Text.IndexOf(then, StringComparison.Ordinal), doc.Text);
    }

    [Fact]
    public void A_sub_headline_under_the_headline_comes_before_the_body()
    {
        string body = Paragraphs("Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen, nach langer Debatte über die Kosten.", 6);
        var doc = Read($"""
            <html><head><title>Die Straßenbahn kommt | Stadtanzeiger</title></head><body>
            <div class="page"><article class="story">
              <header><hgroup><h1>Die Straßenbahn kommt</h1>
                <h2>Zwölf Kilometer, achtzehn Haltestellen: Im Frühjahr beginnen die Bauarbeiten an der neuen Linie.</h2></hgroup>
                <p class="byline">Von Anna Schmidt</p></header>
              <div class="grid"><div class="cell"><div class="story-text">{body}</div></div></div>
            </article></div></body></html>
            """);

        AssertBefore(doc, "Zwölf Kilometer, achtzehn Haltestellen", "Der Stadtrat hat am Dienstag");
        Assert.DoesNotContain("Von Anna Schmidt", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_paragraph_of_a_hero_banner_is_the_standfirst_of_the_article_below()
    {
        string body = Paragraphs("Le conseil municipal a voté mardi soir la nouvelle ligne de tram, après un long débat sur son coût.", 6);
        var doc = Read($"""
            <html><head><title>Le tram est voté</title></head><body>
            <div class="hero"><div class="hero-inner"><h1>Le tram est voté</h1>
              <p>Douze kilomètres, dix-huit arrêts : les travaux commenceront au printemps prochain, annonce la mairie.</p>
              <span class="date">12 mars 2024</span></div></div>
            <div class="wrap"><main><div class="text">{body}</div></main></div>
            </body></html>
            """);

        AssertBefore(doc, "Douze kilomètres, dix-huit arrêts", "Le conseil municipal a voté");
    }

    [Fact]
    public void A_bold_summary_paragraph_above_the_body_is_kept_whole()
    {
        string body = Paragraphs("市政府周三宣布，新的有轨电车线路将于明年春天开工，全长十二公里，沿线设十八个车站，总投资约三十亿元人民币。", 5);
        var doc = Read($"""
            <html><head><title>有轨电车新线明年开工</title></head><body><div class="page"><div class="column">
              <h1>有轨电车新线明年开工</h1>
              <p class="p-large"><strong>新线路连接火车站和大学城，预计每天运送乘客四万人次，</strong>沿线居民期待已久，市民代表在听证会上普遍表示支持，希望工程按期完成。</p>
              <div class="body-text">{body}</div>
            </div></div></body></html>
            """);

        AssertBefore(doc, "新线路连接火车站和大学城，预计每天运送乘客四万人次，沿线居民期待已久", "市政府周三宣布");
    }

    [Fact]
    public void A_caption_a_call_to_subscribe_and_another_storys_teaser_stay_out()
    {
        string body = Paragraphs("The council approved the new tram line on Tuesday after a long debate about its cost.", 12);
        var doc = Read($"""
            <html><head><title>The tram is coming</title></head><body><div class="page"><div class="story">
              <h1>The tram is coming</h1>
              <figure><img src="tram.jpg"><figcaption>The new tram at the station, seen from the bridge on a grey Monday morning.</figcaption></figure>
              <p>The mayor at the depot on Monday, where the first trams will be kept (Photo: City of Harbourton)</p>
              <div class="image-wrap"><img src="depot.jpg"><div class="image-caption">Workers lay the first rails of the new line near the old harbour on Friday.</div></div>
              <div class="newsletter"><p>Get the best of our local reporting in your inbox every morning, free of charge.</p></div>
              <p><a href="/snow">Heavy snow closes the mountain pass for the third time this winter, and more to read today.</a></p>
              <div class="story-body">{body}</div>
            </div></div></body></html>
            """);

        Assert.Contains("The council approved the new tram line", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("seen from the bridge", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("The mayor at the depot", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Workers lay the first rails", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("in your inbox", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Heavy snow closes", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_after_a_headline_far_from_the_body_is_not_its_standfirst()
    {
        string body = Paragraphs("The council approved the new tram line on Tuesday after a long debate about its cost.", 6);
        string column = string.Concat(Enumerable.Range(1, 20).Select(i =>
            $"<p>Our editors pick the week's most discussed local stories, from the harbour to the hills, number {i}.</p>"));
        var doc = Read($"""
            <html><head><title>The tram is coming</title></head><body>
            <div class="top"><h1>The tram is coming</h1></div>
            <div class="column-left">{column}</div>
            <div class="story-body">{body}</div>
            </body></html>
            """);

        Assert.Contains("The council approved the new tram line", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Our editors pick", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_after_a_heading_that_is_not_the_articles_is_not_its_standfirst()
    {
        string body = Paragraphs("Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen, nach langer Debatte über die Kosten.", 6);
        var doc = Read($"""
            <html><head><title>Die Straßenbahn kommt</title></head><body><div class="page">
              <div class="brand"><h1>Stadtanzeiger</h1><p>Die Zeitung für die ganze Region, seit 1888 jeden Morgen neu und unabhängig.</p></div>
              <div class="story-body">{body}</div>
            </div></body></html>
            """);

        Assert.Contains("Der Stadtrat hat am Dienstag", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Die Zeitung für die ganze Region", doc.Text, StringComparison.Ordinal);
    }
}
