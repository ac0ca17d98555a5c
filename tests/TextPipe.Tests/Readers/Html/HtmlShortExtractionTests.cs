using TextPipe.Documents;
using TextPipe.Readers.Html;
using static TextPipe.Tests.Readers.ReaderTestKit;

namespace TextPipe.Tests.Readers.Html;

/// <summary>
/// Pages whose first reading gives too little to be an article get a second one (<see cref="HtmlShortExtraction"/>):
/// the article written only in a <c>noscript</c> fallback, the article missed because the root chosen was a teaser or
/// a caption. Pages that are short on purpose, and pages whose long text beside a short article is chrome, stay as they were.
/// </summary>
public class HtmlShortExtractionTests
{
    private static Document Read(string html) => new HtmlReader().Read(Utf8(html), Source("web/page.html"));

    private static string Paragraphs(string sentence, int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"<p>{sentence} ({i})</p>\n"));

    [Fact]
    public void An_article_written_only_in_noscript_is_read()
    {
        string body = Paragraphs("The harbour authority opened the new ferry terminal on the north quay this morning.", 9);
        var doc = Read($"""
            <html><head><title>Ferry terminal opens</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <div class="post-body" itemprop="articleBody">
              <script type="text/template">&lt;p&gt;rendered by script&lt;/p&gt;</script>
              <noscript>{body}</noscript>
              <span class="date">May 3</span>
            </div>
            </body></html>
            """);

        Assert.Contains("The harbour authority opened the new ferry terminal", doc.Text, StringComparison.Ordinal);
        Assert.Contains("(9)", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_that_is_all_noscript_gives_its_text_rather_than_nothing()
    {
        string body = Paragraphs("Il risultato del censimento dei camosci nel parco è molto positivo quest'anno.", 9);
        var doc = Read($"""
            <html><body><div id="page"><noscript><div id="colonna"><h1>Censimento</h1>{body}</div></noscript></div></body></html>
            """);

        Assert.Contains("Il risultato del censimento dei camosci", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_notice_in_noscript_stays_out_of_a_page_with_an_article()
    {
        string body = Paragraphs("Der Stadtrat hat den Bau der neuen Radbrücke über den Kanal beschlossen.", 6);
        var doc = Read($"""
            <html><body>
            <noscript><p>Bitte aktivieren Sie JavaScript, um alle Funktionen dieser Seite zu nutzen.</p></noscript>
            <article><h1>Radbrücke beschlossen</h1>{body}</article>
            </body></html>
            """);

        Assert.Contains("Der Stadtrat hat den Bau der neuen Radbrücke", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("JavaScript", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_missed_for_a_short_box_named_content_is_found_in_the_whole_body()
    {
        // The only element named content is a caption's box; the article's paragraphs sit in boxes without a content word.
        string part1 = Paragraphs("Am Südufer des Sees erhebt sich ein markanter Betonbau über die Landschaft.", 5);
        string part2 = Paragraphs("Die neue Sporthalle hat ein Flachdach, das später erweitert werden kann.", 5);
        var doc = Read($"""
            <html><head><title>Sportzentrum erweitert</title></head><body>
            <div class="site-header"><a href="/">Start</a></div>
            <div class="post-content"><p>Das Sportzentrum im Sommer.</p></div>
            <div class="module module-copy"><div class="inner">{part1}</div></div>
            <div class="module module-copy"><div class="inner">{part2}</div></div>
            <div class="sidebar"><p>Newsletter abonnieren und nichts verpassen, jede Woche neu in Ihrem Postfach.</p></div>
            </body></html>
            """);

        Assert.Contains("Am Südufer des Sees erhebt sich", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Die neue Sporthalle hat ein Flachdach", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Newsletter abonnieren", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_teaser_repeating_the_title_in_a_list_of_articles_does_not_replace_the_article()
    {
        string body = Paragraphs("Les chercheurs ont observé que la population d'ours a doublé en dix ans dans la vallée.", 9);
        string teasers = string.Concat(Enumerable.Range(1, 3).Select(i =>
            $"<article class=\"teaser\"><h2>Autre article {i}</h2><p>Un court résumé numéro {i}.</p></article>"));
        var doc = Read($"""
            <html><head><title>Les ours de la vallée</title></head><body>
            <article class="post"><h1>Les ours de la vallée</h1><div class="entry-content">{body}</div>
              <section class="more">{teasers}<article class="teaser"><h2>Les ours de la vallée</h2><p>Une photo d'ours au bord de la rivière.</p></article></section>
            </article>
            </body></html>
            """);

        // The teaser was chosen as the root (it is headed by the title); too short to be the article, the whole body is read.
        Assert.Contains("Les chercheurs ont observé que la population d'ours", doc.Text, StringComparison.Ordinal);
        Assert.Contains("(9)", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_notice_stays_short_beside_long_comments_and_a_long_footer()
    {
        string comments = Paragraphs("这篇文章写得很好，我完全同意作者的看法，希望以后多写一些这样的内容。", 8);
        string footer = Paragraphs("本网站所有内容均受版权保护，未经许可不得转载。联系我们请发送电子邮件。", 4);
        var doc = Read($"""
            <html><head><title>停水通知</title></head><body>
            <article><h1>停水通知</h1><p>因管道维修，本小区明天上午九点至下午三点停水，请提前储水。</p></article>
            <section class="comments">{comments}</section>
            <footer>{footer}</footer>
            </body></html>
            """);

        Assert.Contains("因管道维修", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("我完全同意作者", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("版权保护", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_page_without_anything_better_keeps_its_reading()
    {
        var doc = Read("""
            <html><body>
            <nav><ul><li><a href="/a">Alpha</a></li><li><a href="/b">Beta</a></li><li><a href="/c">Gamma</a></li></ul></nav>
            <main><p>This page has moved. Please update your bookmarks.</p></main>
            </body></html>
            """);

        Assert.Equal("This page has moved. Please update your bookmarks.", doc.Text);
    }
    [Fact]
    public void A_box_named_post_that_holds_only_the_comment_list_gives_way_to_the_article()
    {
        string body = Paragraphs("Die Übertragungszeiten der großen Turniere dieser Woche im Überblick, mit allen Sendern.", 6);
        string comments = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<li class=\"comment\"><div class=\"comment-content\"><p>Leserbrief {i}: Warum wird das Turnier nicht live gezeigt? Das ärgert mich jede Woche.</p></div></li>"));
        var doc = Read($"""
            <html><head><title>Golf im Fernsehen</title></head><body>
            <div class="frame"><h1>Golf im Fernsehen</h1><div class="copy">{body}</div></div>
            <div class="single-post"><div id="comments-title"><span>12 Leserkommentare</span></div><ol class="commentlist">{comments}</ol></div>
            </body></html>
            """);

        Assert.Contains("Die Übertragungszeiten der großen Turniere", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Leserbrief 3", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_named_as_such_are_still_read_when_the_page_has_nothing_else()
    {
        string comments = string.Concat(Enumerable.Range(1, 12).Select(i =>
            $"<li><p>Reader {i}: the ferry was late again this morning and nobody told us why.</p></li>"));
        var doc = Read($"""
            <html><body><div class="comments-page"><ol class="commentlist">{comments}</ol></div></body></html>
            """);

        Assert.Contains("Reader 7: the ferry was late again", doc.Text, StringComparison.Ordinal);
    }
}
