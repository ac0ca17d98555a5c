using System.Collections.Frozen;
using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// Finds the element that holds a page's main content, as the page itself declares it when it does:
/// <c>&lt;main&gt;</c> (or <c>role="main"</c>); else the <c>&lt;article&gt;</c> holding most of the articles'
/// text (a page of several teasers has none that dominates); else, for pages without HTML5 sectioning, the
/// element whose class or id says it is the content (<c>article</c>, <c>content</c>, <c>story</c>...) holding
/// the most text, narrowed to a candidate inside it that holds most of that text; else the <c>body</c>.
/// Everything outside the root is site chrome.
/// </summary>
internal static class HtmlContentRoot
{
    /// <summary>Class and id words of elements that hold a page's main text.</summary>
    private static readonly FrozenSet<string> ContentWords = FrozenSet.Create(StringComparer.Ordinal,
        "article", "content", "story", "post", "entry", "main", "body", "text", "detail", "details");

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
        if (dominant)
        {
            return largest!;
        }
        return ByClassWords(body, stats) ?? body;
    }

    /// <summary>The content element named by class or id words, narrowed while a candidate inside holds most of the text.</summary>
    private static IElement? ByClassWords(IElement body, HtmlTextStats stats)
    {
        var candidates = body.Descendants<IElement>()
            .Where(e => stats.Of(e).Paragraphs > 0 && IsNamedContent(e))
            .ToList();
        var best = candidates.MaxBy(e => stats.Of(e).TextChars);
        while (best is not null)
        {
            int text = stats.Of(best).TextChars;
            var inner = candidates
                .Where(c => c != best && IsInside(c, best) && stats.Of(c).TextChars >= DominantArticleShare * text)
                .MaxBy(c => stats.Of(c).TextChars);
            if (inner is null)
            {
                break;
            }
            best = inner;
        }
        return best;
    }

    private static bool IsInside(IElement element, IElement ancestor)
    {
        for (var parent = element.ParentElement; parent is not null; parent = parent.ParentElement)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsNamedContent(IElement element)
    {
        string? classes = element.GetAttribute("class");
        string? id = element.Id;
        if (HtmlChrome.HasChromeWord(classes) || HtmlChrome.HasChromeWord(id))
        {
            return false;
        }
        return (classes is not null && ClassWords.Split(classes).Any(ContentWords.Contains))
            || (id is not null && ClassWords.Split(id).Any(ContentWords.Contains));
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
