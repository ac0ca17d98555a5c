using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// A photo set alone between the paragraphs is seen, not read: its alt text describes it like a caption and goes
/// to <c>meta.captions</c>. An image inside a sentence, an icon or arrow named in a word or two, and a formula's TeX
/// stay in the text.
/// </summary>
public class HtmlPictureAloneTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Article(string sentence, string picture) => $"""
        <html><head><title>Page</title></head><body><main>
        <p>{sentence} (1)</p>
        {picture}
        <p>{sentence} (2)</p>
        <p>{sentence} (3)</p>
        </main></body></html>
        """;

    [Theory]
    [InlineData("The council voted on Tuesday evening for the new tram line, after a long debate about its cost.",
        "<figure><img src=\"/photos/tram.jpg\" alt=\"A tram at the central station during the trial runs. Photo: City Transport\"></figure>",
        "A tram at the central station during the trial runs.")]
    [InlineData("Le conseil municipal a voté mardi soir la nouvelle ligne de tram, après un long débat sur son coût.",
        "<p><img src=\"tram.webp\" alt=\"Le maire lors de l'inauguration du chantier, en mars.\"></p>",
        "Le maire lors de l'inauguration du chantier")]
    [InlineData("Der Stadtrat hat am Dienstag die neue Straßenbahnlinie beschlossen, nach langer Debatte über die Kosten.",
        "<div class=\"image\"><a href=\"/bilder/gross.jpg\"><img src=\"/bilder/klein.jpg\" alt=\"Die neue Bahn am Hauptbahnhof\"></a></div>",
        "Die neue Bahn am Hauptbahnhof")]
    [InlineData("市议会周二晚间通过了新的有轨电车线路，此前围绕其成本进行了长时间的辩论。",
        "<p><img src=\"tram.png\" alt=\"市长在工地开工仪式上讲话\"></p>",
        "市长在工地开工仪式上讲话")]
    public void The_alt_text_of_a_picture_alone_is_a_caption_not_text(string sentence, string picture, string alt)
    {
        var doc = Read(Article(sentence, picture));

        Assert.DoesNotContain(alt, doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Metadata.Captions, c => c.Contains(alt, StringComparison.Ordinal));
        Assert.Contains(sentence + " (1)", doc.Text, StringComparison.Ordinal);
        Assert.Contains(sentence + " (2)", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    // An image inside a sentence is read as a word of it.
    [InlineData("<p>Take the tram from <img src=\"map.png\" alt=\"the central station on the map\"> to the harbour.</p>",
        "Take the tram from the central station on the map to the harbour.")]
    [InlineData("<p>Prenez le tram <img src=\"ligne.png\" alt=\"ligne 3 vers le port\"> jusqu'au terminus.</p>",
        "Prenez le tram ligne 3 vers le port jusqu'au terminus.")]
    [InlineData("<p>乘坐<img src=\"line.png\" alt=\"三号线有轨电车前往港口\">即可到达。</p>", "乘坐三号线有轨电车前往港口即可到达。")]
    // An icon or an arrow named in a word or two is a symbol the text refers to, not a description.
    [InlineData("<p><img src=\"images/note.png\" alt=\"[Note]\"></p>", "[Note]")]
    [InlineData("<div><a href=\"page2.html\"><img src=\"next.png\" alt=\"Weiter\"></a></div>", "Weiter")]
    [InlineData("<p><img src=\"warn.png\" alt=\"注意\"></p>", "注意")]
    // A formula written as TeX in the alt is no description.
    [InlineData("<p><img class=\"latex\" src=\"f.png\" alt=\"\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}\"></p>", "\\sum_{k=1}^{n} k")]
    public void Images_read_as_words_stay_in_the_text(string picture, string expected)
    {
        var doc = Read(Article("The council voted on Tuesday evening for the new tram line, after a long debate about its cost.", picture));

        Assert.Contains(expected, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_pictures_side_by_side_are_not_one_picture_alone()
    {
        // Their alts are read together: not judged as one picture's description (left as they were).
        var doc = Read(Article("The council voted on Tuesday evening for the new tram line, after a long debate about its cost.",
            "<p><img src=\"a.jpg\" alt=\"The old depot\"> <img src=\"b.jpg\" alt=\"The new depot\"></p>"));

        Assert.Contains("The old depot The new depot", doc.Text, StringComparison.Ordinal);
    }
}
