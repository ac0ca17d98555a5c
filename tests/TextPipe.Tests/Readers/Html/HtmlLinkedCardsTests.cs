using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// A card whose whole box is a link to another page (<c>&lt;a href&gt;&lt;h3&gt;…&lt;/h3&gt;&lt;p&gt;teaser&lt;/p&gt;&lt;/a&gt;</c>)
/// holds link text, not prose, even though its teaser is set as a paragraph: a row of such cards in the article's
/// box is a link list and goes to furniture. A paragraph with a link inside its sentence stays prose.
/// </summary>
public class HtmlLinkedCardsTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Page(string title, string sentence, string after) => $"""
        <html><head><title>{title}</title></head><body>
        <nav><a href="/">Home</a> <a href="/a">A</a></nav>
        <main><div class="article">
          <h1>{title}</h1>
          <div class="body">
            <p>{sentence} (1)</p><p>{sentence} (2)</p><p>{sentence} (3)</p><p>{sentence} (4)</p><p>{sentence} (5)</p>
          </div>
          {after}
        </div></main>
        <footer><a href="/imprint">Imprint</a></footer>
        </body></html>
        """;

    private static string Cards(params (string Heading, string Teaser)[] cards) =>
        "<div class=\"more\">" + string.Concat(cards.Select((c, i) =>
            $"<a class=\"item\" href=\"/story-{i}\"><div class=\"card-body\"><h3>{c.Heading}</h3><p>{c.Teaser}</p></div></a>")) + "</div>";

    [Theory]
    [InlineData("The tram line is voted",
        "The council voted on Tuesday evening for the new tram line, after a long debate about its cost.",
        "Harbour cranes replaced", "The port authority has ordered six electric cranes for the container quay this spring.",
        "Night buses return", "From May the night buses will run every half hour on the three busiest lines of the city.")]
    [InlineData("Le tram est voté",
        "Le conseil municipal a voté mardi soir la nouvelle ligne de tram, après un long débat sur son coût.",
        "Des grues neuves au port", "Le port a commandé six grues électriques pour le quai à conteneurs ce printemps.",
        "Le retour des bus de nuit", "Dès le mois de mai, les bus de nuit circuleront toutes les demi-heures sur trois lignes.")]
    [InlineData("有轨电车获批",
        "市议会周二晚间通过了新的有轨电车线路，此前围绕其成本进行了长时间的辩论。",
        "港口更换起重机", "港务局今年春天为集装箱码头订购了六台电动起重机，预计夏季投入使用。",
        "夜班公交恢复", "从五月起，全市最繁忙的三条线路上的夜班公交将每半小时一班。")]
    public void A_row_of_cards_that_are_links_is_furniture(string title, string sentence, string h1, string t1, string h2, string t2)
    {
        var doc = Read(Page(title, sentence, Cards((h1, t1), (h2, t2))));

        Assert.Contains(sentence + " (5)", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(t1, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(t2, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(h2, doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // Links inside sentences: the paragraphs are prose that cites, not cards.
    [InlineData("Die Straßenbahn kommt", "Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen, nach langer Debatte über die Kosten.",
        "<div class=\"more\"><p>Die Kosten stehen im <a href=\"/bericht\">Bericht des Bauamts</a>, der am Montag erschienen ist und zwölf Varianten vergleicht.</p><p>Die Trasse zeigt die <a href=\"/karte\">Karte der Stadtwerke</a>, mit allen achtzehn Haltestellen und den Umstiegen.</p></div>",
        "der am Montag erschienen ist und zwölf Varianten vergleicht")]
    [InlineData("有轨电车获批", "市议会周二晚间通过了新的有轨电车线路，此前围绕其成本进行了长时间的辩论。",
        "<div class=\"more\"><p>费用详见<a href=\"/report\">建设局的报告</a>，该报告于周一发布，比较了十二种方案。</p><p>线路走向见<a href=\"/map\">公交公司的地图</a>，其中标出了全部十八个站点。</p></div>",
        "该报告于周一发布，比较了十二种方案。")]
    public void Paragraphs_with_links_inside_their_sentences_stay(string title, string sentence, string after, string expected)
    {
        var doc = Read(Page(title, sentence, after));

        Assert.Contains(expected, doc.Text, StringComparison.Ordinal);
        Assert.Contains(sentence + " (5)", doc.Text, StringComparison.Ordinal);
    }
}
