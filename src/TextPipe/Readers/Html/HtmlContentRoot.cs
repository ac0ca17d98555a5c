using System.Collections.Frozen;
using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// Finds the element that holds a page's main content, as the page itself declares it when it does:
/// <c>&lt;main&gt;</c> (or <c>role="main"</c>); else the article that dominates the page's articles (an
/// <c>&lt;article&gt;</c> wrapping several others is a listing, not an article); else the article whose heading is
/// the page's title; else, for pages without HTML5 sectioning, the element whose class or id says it is the content
/// (<c>article</c>, <c>content</c>, <c>story</c>...) holding the most text, narrowed to a candidate inside it that
/// holds most of that text; else the <c>body</c>. Whatever was chosen gives way to the element marked
/// <c>itemprop="articleBody"</c> (schema.org) when that holds a fair share of its text: the page names its article
/// body outright. Everything outside the root is site chrome.
/// </summary>
internal static class HtmlContentRoot
{
    /// <summary>Class and id words of elements that hold a page's main text.</summary>
    internal static readonly FrozenSet<string> ContentWords = FrozenSet.Create(StringComparer.Ordinal,
        "article", "content", "story", "post", "entry", "main", "body", "text", "detail", "details");

    /// <summary>The largest article must hold at least this share of all candidate articles' text to be the root.</summary>
    private const double DominantArticleShare = 0.6;

    /// <summary>
    /// The schema.org article body must hold at least this share of the chosen root's text outside links to replace it: some pages
    /// mark only a teaser or the first paragraph as <c>articleBody</c>.
    /// </summary>
    private const double ArticleBodyShare = 0.3;

    /// <summary>An element wrapping at least this many articles lists them (a feed, "more stories"): it is not one article.</summary>
    private const int ListingArticles = 2;

    /// <summary>Below this much paragraph prose a root is not narrowed: too little to tell the article from its frame.</summary>
    private const int MinProseToNarrow = 400;

    /// <summary>A child holding this share of its parent's paragraph prose...</summary>
    private const double CoreProseShare = 0.9;

    /// <summary>...and this share of its text outside links is the article's core (what is left beside it: headline, byline, dates, teasers).</summary>
    private const double CoreTextShare = 0.6;

    /// <summary>A declared root holding less than this share of the page's paragraph prose is not where the article is.</summary>
    private const double MinDeclaredProseShare = 0.25;

    public static IElement Find(IElement body, HtmlTextStats stats, string? title)
    {
        var root = Declared(body, stats, title);
        var articleBody = SchemaArticleBody(body, stats);
        if (articleBody is not null && articleBody != root && NonLinkChars(stats.Of(articleBody)) >= ArticleBodyShare * NonLinkChars(stats.Of(root)))
        {
            return articleBody;
        }
        return NarrowToProse(root, stats);
    }

    /// <summary>
    /// Descends from <paramref name="root"/> while one child holds nearly all of its paragraph prose and most of its
    /// other text: the box of the article's paragraphs, without the furniture around it (a headline already in the
    /// title, a byline, a date line, a row of teasers). Never into a single paragraph, and never away from a list or
    /// table that holds text of its own (a recipe, a listicle) since then the child does not hold most of the text.
    /// </summary>
    private static IElement NarrowToProse(IElement root, HtmlTextStats stats)
    {
        var current = root;
        while (true)
        {
            var text = stats.Of(current);
            if (text.ProseChars < MinProseToNarrow)
            {
                return current;
            }
            var core = current.Children.MaxBy(c => stats.Of(c).ProseChars);
            if (core is null || core.LocalName == "p")
            {
                return current;
            }
            var inner = stats.Of(core);
            if (inner.ProseChars < CoreProseShare * text.ProseChars || NonLinkChars(inner) < CoreTextShare * NonLinkChars(text)
                || HtmlChrome.Classify(core, withinSection: true, useClassWords: true) != ElementRole.Content)
            {
                return current;
            }
            current = core;
        }
    }

    private static IElement Declared(IElement body, HtmlTextStats stats, string? title)
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
            if (element.LocalName == "article" && stats.Of(element).TextChars > 0)
            {
                articles.Add(element);
            }
        }
        // A declared main or article holding a teaser while the article's paragraphs are elsewhere is not trusted.
        int pageProse = stats.Of(body).ProseChars;
        bool HoldsTheProse(IElement e) => pageProse < MinProseToNarrow || stats.Of(e).ProseChars >= MinDeclaredProseShare * pageProse;
        if (main is not null && HoldsTheProse(main))
        {
            return main; // what the page declares; chrome inside it (an aside, a share bar) is filtered later
        }
        // Articles that are one article each: not a listing of others, and not inside one (a comment, a quoted post).
        var candidates = articles.Where(a => !IsListing(a) && !HasSingleArticleAncestor(a, body)).ToList();
        var largest = candidates.MaxBy(a => OwnText(a, stats));
        int articleText = candidates.Sum(a => OwnText(a, stats));
        if (largest is not null && articleText > 0 && OwnText(largest, stats) >= DominantArticleShare * articleText && HoldsTheProse(largest))
        {
            return largest;
        }
        if (candidates.Count > 1 && HtmlTitle.Normalise(title) is { Length: > 0 } wanted
            && candidates.Where(a => HeadingMatches(a, wanted)).ToList() is [var titled])
        {
            return titled;
        }
        return ByClassWords(body, stats) ?? body;
    }

    /// <summary>Text outside links: what a page of link lists around a short article does not inflate.</summary>
    private static int NonLinkChars(ElementText text) => text.TextChars - text.LinkChars;

    /// <summary>The element marked <c>itemprop="articleBody"</c>, or the nearest element holding all of them when a page splits its body in parts.</summary>
    private static IElement? SchemaArticleBody(IElement body, HtmlTextStats stats)
    {
        var marked = body.Descendants<IElement>()
            .Where(e => e.GetAttribute("itemprop") is { } prop && prop.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(p => string.Equals(p, "articleBody", StringComparison.OrdinalIgnoreCase)) && stats.Of(e).TextChars > 0)
            .ToList();
        if (marked.Count == 0)
        {
            return null;
        }
        var common = marked[0];
        foreach (var element in marked.Skip(1))
        {
            while (common is not null && !IsInside(element, common) && element != common)
            {
                common = common.ParentElement;
            }
        }
        return common;
    }

    /// <summary>An article wrapping several articles (a feed, a list of related posts).</summary>
    private static bool IsListing(IElement article) =>
        article.Descendants<IElement>().Count(e => e.LocalName == "article") >= ListingArticles;

    /// <summary>Inside an article that is not a listing: a comment or an embedded post, part of that article.</summary>
    private static bool HasSingleArticleAncestor(IElement element, IElement body)
    {
        for (var parent = element.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (parent.LocalName == "article" && !IsListing(parent))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An article's text without the text of articles nested in it.</summary>
    private static int OwnText(IElement article, HtmlTextStats stats)
    {
        int text = stats.Of(article).TextChars;
        foreach (var inner in article.Descendants<IElement>())
        {
            if (inner.LocalName == "article" && inner.ParentElement?.Closest("article") == article)
            {
                text -= stats.Of(inner).TextChars;
            }
        }
        return text;
    }

    private static bool HeadingMatches(IElement article, string wanted) =>
        article.QuerySelectorAll("h1, h2").Any(h => HtmlTitle.Normalise(h.TextContent) == wanted);

    /// <summary>The content element named by class or id words, narrowed while a candidate inside holds most of the text.</summary>
    private static IElement? ByClassWords(IElement body, HtmlTextStats stats)
    {
        int bodyText = stats.Of(body).TextChars;
        var candidates = body.Descendants<IElement>()
            .Where(e => stats.Of(e).Paragraphs > 0 && IsNamedContent(e, stats, bodyText))
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

    internal static bool IsInside(IElement element, IElement ancestor)
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

    private static bool IsNamedContent(IElement element, HtmlTextStats stats, int pageText)
    {
        if (!HasContentWord(element))
        {
            return false;
        }
        return !HtmlChrome.HasChromeWord(element.GetAttribute("class")) && !HtmlChrome.HasChromeWord(element.Id)
            || HoldsPageText(element, stats, pageText);
    }

    /// <summary>The class or id holds a word that names content (<c>article-body</c>, <c>main-content</c>, <c>storyText</c>).</summary>
    internal static bool HasContentWord(IElement element)
    {
        string? classes = element.GetAttribute("class");
        string? id = element.Id;
        return (classes is not null && ClassWords.Split(classes).Any(ContentWords.Contains))
            || (id is not null && ClassWords.Split(id).Any(ContentWords.Contains));
    }

    /// <summary>Share of the surrounding text an element must hold for its content words to outweigh its chrome words.</summary>
    internal const double MixedWordsTextShare = 0.5;

    /// <summary>
    /// A box whose class mixes a chrome word with a content word (<c>l-sidebar-fixed l-article-body</c>,
    /// <c>article-body pagination-first</c>) and holds most of the text around it, as prose rather than links:
    /// the layout named a column, the text says it is the article.
    /// </summary>
    internal static bool HoldsPageText(IElement element, HtmlTextStats stats, int surroundingText) =>
        HasContentWord(element) && HoldsMostText(element, stats, surroundingText);

    /// <summary>The box holds at least half of the surrounding text, with paragraphs, as prose rather than links.</summary>
    internal static bool HoldsMostText(IElement element, HtmlTextStats stats, int surroundingText)
    {
        var text = stats.Of(element);
        return surroundingText > 0 && text.TextChars >= MixedWordsTextShare * surroundingText
            && text.Paragraphs > 0 && text.LinkDensity < 0.5;
    }
}
