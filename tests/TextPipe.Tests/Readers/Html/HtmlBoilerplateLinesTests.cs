using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// The site's own lines inside the article's box — advertising markers, copyright lines, photo credits, calls to
/// subscribe or follow, "read also" labels, ways back, a label with nothing of the article under it — become
/// furniture; prose that merely starts with the same words stays.
/// </summary>
public class HtmlBoilerplateLinesTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    private static Document ArticleWith(string line, string sentence) =>
        Read($"<html><body><article>{Paragraphs(sentence, 3)}<p>{line}</p>{Paragraphs(sentence, 2)}</article></body></html>");

    private const string En = "The council approved the new tram line on Tuesday after a long debate about its cost.";
    private const string De = "Der Stadtrat hat am Dienstag nach langer Debatte über die Kosten die neue Straßenbahnlinie beschlossen.";
    private const string Fr = "Le conseil municipal a approuvé mardi la nouvelle ligne de tramway après un long débat sur son coût.";
    private const string Es = "El ayuntamiento aprobó el martes la nueva línea de tranvía tras un largo debate sobre su coste.";
    private const string Zh = "市议会周二在就成本进行长时间辩论后批准了新的有轨电车线路。";

    [Theory]
    [InlineData("- Anzeige -", De)]
    [InlineData("ANZEIGE - Heute schon an morgen gedacht? Wie wäre es mit:", De)]
    [InlineData("Advertisement", En)]
    [InlineData("Publicité", Fr)]
    [InlineData("广告", Zh)]
    [InlineData("© 2021 Stadtwerke Nord. Alle Rechte vorbehalten.", De)]
    [InlineData("Copyright 2019 The Valley Courier. All rights reserved.", En)]
    [InlineData("版权所有 © 城市日报社", Zh)]
    [InlineData("Foto: Pressestelle/Max Mustermann", De)]
    [InlineData("Crédits photos : Agence Sud", Fr)]
    [InlineData("Le maire, Jean Dupont, photo: Agence Sud", Fr)]
    [InlineData("图片来源：城市日报", Zh)]
    [InlineData("Subscribe now to our weekend edition for the full story.", En)]
    [InlineData("To read the rest of this article, please subscribe to the Courier.", En)]
    [InlineData("Follow the Courier on Twitter and Instagram for the latest news.", En)]
    [InlineData("Folgen Sie uns auf Instagram und Facebook!", De)]
    [InlineData("Abonnez-vous à notre newsletter pour ne rien manquer.", Fr)]
    [InlineData("Síguenos en Telegram, Instagram y Facebook.", Es)]
    [InlineData("Lesen Sie auch:", De)]
    [InlineData("À lire aussi", Fr)]
    [InlineData("延伸阅读", Zh)]
    [InlineData("Zurück zur Übersicht", De)]
    [InlineData("Back to top", En)]
    [InlineData("Lesen Sie auch: Warum die Bahn im Winter öfter ausfällt", De)]
    [InlineData("À lire aussi – Le tramway de Nantes fête ses quarante ans", Fr)]
    [InlineData("23.10.2018", De)]
    [InlineData("11 Jan 2019", En)]
    [InlineData("31. Mai", De)]
    [InlineData("2021年3月2日 14:05", Zh)]
    [InlineData("Keine Kommentare", De)]
    [InlineData("Post a Comment", En)]
    [InlineData("Catégories : Transports, Ville", Fr)]
    [InlineData("This entry was posted in City news and tagged tram.", En)]
    public void A_site_line_inside_the_article_becomes_furniture(string line, string sentence)
    {
        var doc = ArticleWith(line, sentence);

        Assert.DoesNotContain(line, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Blocks, b => b.Kind == BlockKind.PageFurniture && b.Text == line);
        Assert.Equal(5, doc.Blocks.Count(b => b.Kind == BlockKind.Paragraph));
    }

    [Theory]
    [InlineData("Subscribers complained on Monday that the service had raised its prices twice in one year.", En)]
    [InlineData("Subscribe-and-save offers grew fastest among shoppers under thirty, the survey found.", En)]
    [InlineData("Werbung ist allgegenwärtig, sagt die Studie der Universität, und sie wirkt vor allem bei Kindern.", De)]
    [InlineData("Anzeige erstattet hat am Montag eine Anwohnerin, die den Unfall beobachtet hatte.", De)]
    [InlineData("Copyright law was reformed in 2019, and the reform still divides authors and platforms.", En)]
    [InlineData("Photo booths were set up at the station for the opening day of the new line.", En)]
    [InlineData("Suivez la ligne rouge depuis la gare jusqu'au centre: le tramway y passera dès l'été.", Fr)]
    [InlineData("Follow the river on foot for about two kilometres to reach the new stop.", En)]
    [InlineData("订阅量在过去一年里增长了三倍，报社负责人说。", Zh)]
    [InlineData("3 Aprikosen", De)]
    [InlineData("命名空间同控制组一起隔离进程，使用示例是：", Zh)]
    [InlineData("1. Mai: Tausende demonstrieren in der Innenstadt für höhere Löhne.", De)]
    [InlineData("Comments from readers poured in after the vote, most of them in favour of the line.", En)]
    [InlineData("Lesen Sie auch die Stellungnahme des Verkehrsverbunds, die wir unten dokumentieren.", De)]
    [InlineData("Zurück zu den Wurzeln will die Partei mit ihrem neuen Programm, das sie am Samstag vorstellte.", De)]
    public void Prose_that_starts_with_the_same_words_stays(string line, string sentence)
    {
        var doc = ArticleWith(line, sentence);

        Assert.Contains(line, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_above_furniture_goes_and_a_label_above_the_article_s_own_text_stays()
    {
        var doc = Read($"""
            <html><body><article>{Paragraphs(De, 4)}
            <p>Zutaten:</p><ul><li>200 g Mehl</li><li>3 Eier</li></ul>
            <p>Quellen:</p><ul class="links"><li><a href="/a">Zum Projekt</a></li><li><a href="/b">Zur Studie</a></li></ul>
            </article></body></html>
            """);

        Assert.Contains("Zutaten:", doc.Text, StringComparison.Ordinal);
        Assert.Contains("200 g Mehl", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quellen:", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_made_only_of_such_lines_keeps_them()
    {
        var doc = Read("<html><body><p>Advertisement</p><p>Back to top</p></body></html>");

        Assert.Contains("Advertisement", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Back to top", doc.Text, StringComparison.Ordinal);
    }
}
