using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using TextPipe.Readers.Html;

namespace TextPipe.Tests.Readers.Html;

public class HtmlChromeTests
{
    private static IElement Element(string html)
    {
        var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        return document.Body!.FirstElementChild!;
    }

    [Theory]
    [InlineData("share-bar")]
    [InlineData("socialLinks")]
    [InlineData("comment-list")]
    [InlineData("site-nav")]
    [InlineData("sitenav")]
    [InlineData("cookie-consent")]
    [InlineData("related-stories")]
    [InlineData("breadcrumbs")]
    [InlineData("ad-slot")]
    [InlineData("Sidebar")]
    [InlineData("author-box")]
    [InlineData("entry-meta")]
    [InlineData("next-post")]
    [InlineData("prevStory")]
    [InlineData("previous-article-link")]
    [InlineData("cta-global")]
    [InlineData("editorial-disclosure")]
    public void Chrome_words_in_class_values(string value) => Assert.True(HtmlChrome.HasChromeWord(value));

    [Theory]
    [InlineData("commentary")]
    [InlineData("shared-note")]
    [InlineData("shareholders")]
    [InlineData("article-body")]
    [InlineData("header-image")]
    [InlineData("canvas")]
    [InlineData("load")]
    [InlineData("__next")]
    [InlineData("next-gen-layout")]
    [InlineData("entry-content next-page-ready")]
    [InlineData(null)]
    public void Look_alikes_are_not_chrome_words(string? value) => Assert.False(HtmlChrome.HasChromeWord(value));

    [Theory]
    [InlineData("<nav>x</nav>", "Chrome")]
    [InlineData("<aside>x</aside>", "Chrome")]
    [InlineData("<footer>x</footer>", "Chrome")]
    [InlineData("<div role=\"navigation\">x</div>", "Chrome")]
    [InlineData("<div role=\"complementary\">x</div>", "Chrome")]
    [InlineData("<div id=\"disqus_thread\">x</div>", "Chrome")]
    [InlineData("<script>x</script>", "Invisible")]
    [InlineData("<div hidden>x</div>", "Invisible")]
    [InlineData("<div style=\"visibility: hidden\">x</div>", "Invisible")]
    [InlineData("<div class=\"story\">x</div>", "Content")]
    [InlineData("<p>Share this, comment on that.</p>", "Content")]
    [InlineData("<a class=\"headerlink\" href=\"#fares\">¶</a>", "Invisible")]
    [InlineData("<a href=\"#install\" aria-hidden=\"true\">#</a>", "Invisible")]
    [InlineData("<a href=\"#s2\">§</a>", "Invisible")]
    [InlineData("<a href=\"#fn1\">1</a>", "Content")]
    [InlineData("<a href=\"#top\">Back to top</a>", "Content")]
    [InlineData("<a href=\"https://example.org/\">¶</a>", "Content")]
    public void Classifies_by_name_role_class_and_visibility(string html, string expected) =>
        Assert.Equal(expected, HtmlChrome.Classify(Element(html), withinSection: false, useClassWords: true).ToString());

    [Fact]
    public void A_header_is_the_banner_only_outside_sections()
    {
        var header = Element("<header><h1>Title</h1></header>");

        Assert.Equal(ElementRole.Chrome, HtmlChrome.Classify(header, withinSection: false, useClassWords: true));
        Assert.Equal(ElementRole.Content, HtmlChrome.Classify(header, withinSection: true, useClassWords: true));
    }

    [Fact]
    public void Class_words_can_be_switched_off()
    {
        var div = Element("<div class=\"sidebar\">x</div>");

        Assert.Equal(ElementRole.Content, HtmlChrome.Classify(div, withinSection: false, useClassWords: false));
    }
}
