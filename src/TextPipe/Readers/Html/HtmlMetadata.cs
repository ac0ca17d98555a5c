using AngleSharp.Html.Dom;

namespace TextPipe.Readers.Html;

/// <summary>What a page's head says about it: title, author and declared language.</summary>
/// <param name="Title">The Open Graph title when there is one, else <c>&lt;title&gt;</c>, without the site name either may carry
/// ("… - Reuters", "… | Site": <see cref="HtmlTitle.WithoutSiteName"/>).</param>
/// <param name="Author"><c>&lt;meta name="author"&gt;</c>, else a non-URL <c>article:author</c>.</param>
/// <param name="Lang">The <c>lang</c> (or <c>xml:lang</c>) attribute of <c>&lt;html&gt;</c>, as written.</param>
internal sealed record HtmlMetadata(string? Title, string? Author, string? Lang)
{
    public static HtmlMetadata Read(IHtmlDocument document)
    {
        string? ogTitle = MetaContent(document, "property", "og:title") ?? MetaContent(document, "name", "og:title");
        string? siteName = MetaContent(document, "property", "og:site_name") ?? MetaContent(document, "name", "application-name");
        string? title = ogTitle ?? NullIfBlank(Collapse(document.Title));
        if (title is not null)
        {
            title = HtmlTitle.WithoutSiteName(title, siteName);
        }
        string? author = MetaContent(document, "name", "author");
        if (author is null && MetaContent(document, "property", "article:author") is { } articleAuthor
            && !articleAuthor.Contains("://", StringComparison.Ordinal))
        {
            author = articleAuthor;
        }
        var html = document.DocumentElement;
        string? lang = NullIfBlank(html.GetAttribute("lang") ?? html.GetAttribute("xml:lang"))?.Trim();
        return new HtmlMetadata(title, author, lang);
    }

    private static string? MetaContent(IHtmlDocument document, string attribute, string value)
    {
        if (document.Head is null)
        {
            return null;
        }
        foreach (var meta in document.Head.GetElementsByTagName("meta"))
        {
            if (string.Equals(meta.GetAttribute(attribute)?.Trim(), value, StringComparison.OrdinalIgnoreCase))
            {
                return NullIfBlank(Collapse(meta.GetAttribute("content")));
            }
        }
        return null;
    }

    private static string? Collapse(string? text) =>
        text is null ? null : string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
