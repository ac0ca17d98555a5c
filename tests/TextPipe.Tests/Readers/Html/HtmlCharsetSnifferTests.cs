using System.Text;
using TextPipe.Readers.Html;

namespace TextPipe.Tests.Readers.Html;

public class HtmlCharsetSnifferTests
{
    [Theory]
    [InlineData("<meta charset=\"gbk\">", "gbk")]
    [InlineData("<META CHARSET=UTF-8>", "UTF-8")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", "windows-1252")]
    [InlineData("<meta content='text/html;charset=Shift_JIS' http-equiv='content-type'>", "Shift_JIS")]
    [InlineData("<meta name=\"description\" content=\"no charset here\"><meta charset=\"big5\">", "big5")]
    public void Finds_the_declared_label(string head, string expected) =>
        Assert.Equal(expected, HtmlCharsetSniffer.FindDeclared(Encoding.ASCII.GetBytes("<html><head>" + head + "</head>")));

    [Theory]
    [InlineData("<html><head><title>charset=gbk in a title is not a declaration</title></head>")]
    [InlineData("<p>No meta at all</p>")]
    public void No_meta_no_label(string html) => Assert.Null(HtmlCharsetSniffer.FindDeclared(Encoding.ASCII.GetBytes(html)));

    [Fact]
    public void A_declaration_far_down_the_page_is_not_seen()
    {
        string html = "<html><head>" + new string(' ', 5000) + "<meta charset=\"gbk\">";

        Assert.Null(HtmlCharsetSniffer.FindDeclared(Encoding.ASCII.GetBytes(html)));
    }
}
