using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// The boxes under a content root that each hold at least half of its visible text: the chain of wrappers around the
/// article. When class words make the whole article chrome, one of these is misnamed (<c>l-sidebar-fixed
/// l-article-body-segment</c>); smaller boxes are judged by their words as usual.
/// </summary>
internal static class HtmlMainWrappers
{
    /// <summary>Share of the root's text a box must hold to count as a wrapper of the article.</summary>
    private const double WrapperShare = 0.5;

    public static HashSet<IElement> Find(IElement root, HtmlTextStats stats)
    {
        var wrappers = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        int rootChars = stats.Of(root).TextChars;
        if (rootChars == 0)
        {
            return wrappers;
        }
        // Walk down the chain: at most one child can hold more than half, so this is a path, not a tree search.
        var current = root;
        while (true)
        {
            IElement? next = null;
            foreach (var child in current.Children)
            {
                if (stats.Of(child).TextChars >= rootChars * WrapperShare)
                {
                    next = child;
                    break;
                }
            }
            // Only class words can be wrong here: a nav or footer by name or role stays chrome, and ends the chain.
            if (next is null || HtmlChrome.Classify(next, withinSection: true, useClassWords: false) != ElementRole.Content)
            {
                return wrappers;
            }
            wrappers.Add(next);
            current = next;
        }
    }
}
