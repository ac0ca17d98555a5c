using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// Finds the element that holds a page's main content, as the page itself declares it when it does:
/// <c>&lt;main&gt;</c> (or <c>role="main"</c>); else the <c>&lt;article&gt;</c> holding most of the articles'
/// text (a page of several teasers has none that dominates); else the <c>body</c>. Everything outside the
/// root is site chrome.
/// </summary>
internal static class HtmlContentRoot
{
    /// <summary>The largest article must hold at least this share of all top-level articles' text to be the root.</summary>
    private const double DominantArticleShare = 0.6;

    public static IElement Find(IElement body, HtmlTextStats stats)
    {
        IElement? main = null;
        var articles = new List<IElement>();
        foreach (var element in body.Descendants<IElement>())
        {
            if (main is null && (element.LocalName == "main" || string.Equals(element.GetAttribute("role"), "main", StringComparison.OrdinalIgnoreCase))
                && stats.Of(element).TextChars > 0)
            {
                main = element;
            }
            if (element.LocalName == "article" && !HasArticleAncestor(element, body))
            {
                articles.Add(element);
            }
        }
        var largest = articles.MaxBy(a => stats.Of(a).TextChars);
        int articleText = articles.Sum(a => stats.Of(a).TextChars);
        bool dominant = largest is not null && articleText > 0 && stats.Of(largest).TextChars >= DominantArticleShare * articleText;
        if (main is not null)
        {
            return main; // what the page declares; chrome inside it (an aside, a share bar) is filtered later
        }
        return dominant ? largest! : body;
    }

    private static bool HasArticleAncestor(IElement element, IElement body)
    {
        for (var parent = element.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (parent.LocalName == "article")
            {
                return true;
            }
        }
        return false;
    }
}
