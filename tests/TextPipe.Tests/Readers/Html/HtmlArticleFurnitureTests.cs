using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// Boxes inside the article's own box that are the site's: the author's bio, the date and category line, the link to the
/// next or previous post, another article's teaser, a picture's copyright line. A box named by a weak chrome word
/// (<c>author</c>, <c>meta</c>) that holds most of the text is the text.
/// </summary>
public class HtmlArticleFurnitureTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    [Theory]
    [InlineData("author-bio", "Anna Schmidt schreibt seit 2010 über Verkehrspolitik und lebt in Leipzig.",
        "Der Stadtrat hat am Dienstag nach langer Debatte über die Kosten die neue Straßenbahnlinie beschlossen.")]
    [InlineData("post-author", "Jane Doe covers transport and city politics for the Courier since 2015.",
        "The council approved the new tram line on Tuesday after a long debate about its cost.")]
    [InlineData("auteur author-box", "Marie Dupont est journaliste au service politique depuis 2012.",
        "Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.")]
    [InlineData("entry-meta", "发布于 2021年3月2日 · 分类：城市新闻 · 作者：李明",
        "市议会周二在就成本进行长时间辩论后批准了新的有轨电车线路，全长十二公里。")]
    public void An_author_box_or_a_date_line_inside_the_article_is_furniture(string box, string boxText, string sentence)
    {
        var doc = Read($"""
            <html><body><article><div class="entry-content">{Paragraphs(sentence, 5)}
            <div class="{box}"><p>{boxText}</p></div></div></article></body></html>
            """);

        Assert.Contains(sentence, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(boxText, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_box_named_for_authors_that_holds_the_page_s_text_is_the_text()
    {
        string guidelines = Paragraphs("Manuskripte werden als Word-Datei eingereicht; Zitate stehen in doppelten Anführungszeichen.", 6);
        var doc = Read($"""
            <html><body><div class="page"><h1>Einreichungen</h1><div class="author_guidelines">{guidelines}</div></div></body></html>
            """);

        Assert.Contains("Manuskripte werden als Word-Datei eingereicht", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_link_to_the_next_post_and_another_article_s_teaser_are_furniture()
    {
        string sentence = "The council approved the new tram line on Tuesday after a long debate about its cost.";
        var doc = Read($"""
            <html><body><article><div class="entry-content">{Paragraphs(sentence, 3)}
            <div class="c-teaser"><a href="/other"><h3>Bus fares rise again in the spring</h3></a></div>
            {Paragraphs(sentence, 2)}
            <div class="next-post"><a href="/next">Bike lanes: the second phase begins</a></div></div></article></body></html>
            """);

        Assert.Contains(sentence, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bus fares rise again", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bike lanes", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_box_of_prose_stays()
    {
        string sentence = "Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.";
        var doc = Read($"""
            <html><body><article><div class="teaser"><p>La ligne reliera la gare au nouveau quartier nord d'ici 2026.</p></div>
            <div class="entry-content">{Paragraphs(sentence, 5)}</div></article></body></html>
            """);

        Assert.Contains("La ligne reliera la gare", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_picture_s_copyright_line_goes_to_the_captions()
    {
        string sentence = "Der Stadtrat hat am Dienstag nach langer Debatte über die Kosten die neue Straßenbahnlinie beschlossen.";
        var doc = Read($"""
            <html><body><article>{Paragraphs(sentence, 3)}<p class="image-copyright">Stadtarchiv / M. Weber</p>{Paragraphs(sentence, 2)}</article></body></html>
            """);

        Assert.DoesNotContain("Stadtarchiv", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Stadtarchiv / M. Weber", doc.Metadata.Captions);
    }
}
