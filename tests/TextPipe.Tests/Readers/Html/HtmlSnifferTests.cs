using TextPipe.Readers.Html;

namespace TextPipe.Tests.Readers.Html;

public class HtmlSnifferTests
{
    private static readonly HtmlSniffer Sniffer = new();

    [Theory]
    [InlineData("<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>")]
    [InlineData("  \n<!doctype HTML><title>t</title>")]
    [InlineData("<html lang=\"fr\"><body>Bonjour</body></html>")]
    [InlineData("<!-- saved from url=(0014)about:internet -->\n<html>\n<body>x</body></html>")]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>")]
    public void A_page_that_opens_as_HTML_is_HTML(string text)
    {
        Assert.True(Sniffer.Matches(text, out _));
    }

    [Theory]
    [InlineData("Use the <html> element as the root of a page.")]
    [InlineData("# Notes\n\n<div>inline HTML in Markdown</div>\n")]
    [InlineData("<htmlish>not a page</htmlish>")]
    [InlineData("<?xml version=\"1.0\"?><rss><channel/></rss>")]
    [InlineData("")]
    public void Text_that_only_mentions_HTML_is_not(string text)
    {
        Assert.False(Sniffer.Matches(text, out _));
    }
}
