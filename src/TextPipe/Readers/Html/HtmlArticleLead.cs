using System.Collections.Frozen;
using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// The lead of an article: the abstract, standfirst or teaser paragraph that a page sets above the article's
/// body, in a box of its own (<c>class="article-abstract"</c>, <c>itemprop="description"</c>). When the content root
/// is the body's box, or the lead sits in a header the walk takes for chrome, the lead, the paragraph that sums the
/// article up, would otherwise be left as furniture.
/// A lead is taken only close to the root (sharing an ancestor at most a few levels above it), before it, as prose
/// rather than links, and shorter than the body: a teaser of another story in a sidebar or a listing is none of these.
/// </summary>
internal static class HtmlArticleLead
{
    /// <summary>
    /// Class and id words of a lead (schema.org's <c>description</c> and <c>abstract</c> come as <c>itemprop</c>), with the
    /// newsroom words other languages' publishing systems use: French <c>chapo</c>/<c>chapeau</c>, Czech and Slovak
    /// <c>perex</c>, Italian <c>sommario</c>, German <c>einleitung</c>, Spanish <c>entradilla</c>/<c>bajada</c>.
    /// </summary>
    private static readonly FrozenSet<string> LeadWords = FrozenSet.Create(StringComparer.Ordinal,
        "lead", "lede", "abstract", "intro", "introduction", "summary", "standfirst", "teaser", "excerpt", "dek", "deck",
        "chapo", "chapeau", "perex", "sommario", "einleitung", "entradilla", "bajada");

    private static readonly FrozenSet<string> LeadItemProps = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "description", "abstract");

    /// <summary>Elements that are never part of an article, whatever the class of a box inside them says.</summary>
    private static readonly FrozenSet<string> OutsideArticle = FrozenSet.Create(StringComparer.Ordinal, "nav", "aside", "footer", "form", "body");

    /// <summary>A picture's box: its description (<c>figcaption itemprop="description"</c>) or credit is a caption, not a lead.</summary>
    private static readonly FrozenSet<string> PictureElements = FrozenSet.Create(StringComparer.Ordinal, "figure", "figcaption", "picture", "img");

    /// <summary>The lead and the root share an ancestor at most this many levels above the root: the article's own box, through the wrappers of grid layouts.</summary>
    private const int MaxLevelsAboveRoot = 5;

    /// <summary>A lead holds at least this much text outside links: a sentence, not a label (25 characters: a short Chinese sentence).</summary>
    private const int MinLeadChars = 25;

    /// <summary>Share of a lead's text that may be link text (a teaser of another story is mostly its link).</summary>
    private const double MaxLinkDensity = 0.3;

    /// <summary>
    /// The lead set before <paramref name="root"/>'s first paragraph — before the root, or, when there is none
    /// there, in the article's own header at the top of the root, which the walk may take for chrome (a header
    /// with a share bar) — or null when the page has none.
    /// </summary>
    public static IElement? Find(IElement root, HtmlTextStats stats)
    {
        var scope = ArticleBox(root) ?? root;
        int rootText = stats.Of(root).TextChars;
        bool inRoot = scope == root;
        IElement? lead = null;
        foreach (var element in scope.Descendants<IElement>())
        {
            if (element == root)
            {
                if (lead is not null)
                {
                    break; // the page set its lead outside the body's box
                }
                inRoot = true;
                continue;
            }
            if (inRoot && (!HtmlContentRoot.IsInside(element, root) || IsBodyParagraph(element, lead, stats)))
            {
                break; // a lead comes before the body
            }
            if ((!inRoot || InHeader(element, root)) && IsLeadBox(element) && !element.Descendants<IElement>().Any(IsLeadBox) && !HtmlContentRoot.IsInside(root, element)
                && IsProse(stats.Of(element), rootText) && !IsOutsideArticle(element, scope) && !HasPicture(element))
            {
                lead = element; // the nearest one before the body wins
            }
        }
        return lead;
    }

    /// <summary>Inside the root, a lead is part of the article's own header (with the headline, a share bar...), not a box at the top of the body (a slider of ads).</summary>
    private static bool InHeader(IElement element, IElement root)
    {
        for (var e = element.ParentElement; e is not null && e != root; e = e.ParentElement)
        {
            if (e.LocalName == "header")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A paragraph of the body itself: prose, and not inside the lead found so far.</summary>
    private static bool IsBodyParagraph(IElement element, IElement? lead, HtmlTextStats stats) =>
        element.LocalName == "p" && stats.Of(element).TextChars - stats.Of(element).LinkChars >= MinLeadChars
        && (lead is null || !HtmlContentRoot.IsInside(element, lead));

    /// <summary>The nearest ancestor of the root, at most a few levels up, that holds more than the root (the article's box).</summary>
    private static IElement? ArticleBox(IElement root)
    {
        var box = root;
        for (int level = 0; level < MaxLevelsAboveRoot && box.ParentElement is { } parent && !OutsideArticle.Contains(parent.LocalName) && parent.LocalName != "html"; level++)
        {
            box = parent;
        }
        return box == root ? null : box;
    }

    private static bool IsLeadBox(IElement element) =>
        (element.GetAttribute("itemprop") is { } itemprop && itemprop.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(LeadItemProps.Contains))
        || HasLeadWord(element.GetAttribute("class")) || HasLeadWord(element.Id);

    private static bool HasLeadWord(string? value) => value is not null && ClassWords.Split(value).Any(LeadWords.Contains);

    private static bool IsProse(ElementText text, int rootText) =>
        text.TextChars - text.LinkChars >= MinLeadChars && text.LinkDensity <= MaxLinkDensity && text.TextChars < rootText;

    /// <summary>The box is, holds or sits in a picture: what it describes is the picture.</summary>
    private static bool HasPicture(IElement element)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (PictureElements.Contains(e.LocalName))
            {
                return true;
            }
        }
        return element.Descendants<IElement>().Any(e => PictureElements.Contains(e.LocalName));
    }

    private static bool IsOutsideArticle(IElement element, IElement scope)
    {
        for (var e = element; e is not null && e != scope; e = e.ParentElement)
        {
            if (OutsideArticle.Contains(e.LocalName))
            {
                return true;
            }
        }
        return false;
    }
}
