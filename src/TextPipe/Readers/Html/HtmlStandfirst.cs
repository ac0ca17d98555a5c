using System.Collections.Frozen;
using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// The article's standfirst found by where it stands rather than by its name: the prose a page sets between the
/// article's headline and the box of its body (a sub-headline under the title, the first paragraph in a hero banner,
/// a bold summary above the text). The root narrows to the body's box, so without this that paragraph, which the
/// reader of the page reads first, would be furniture; <see cref="HtmlArticleLead"/> finds it only when its box is
/// named for it.
/// <para>
/// What else stands between a headline and its body is short or not prose: a byline, a date, a share bar, a picture
/// and its caption, an advertising slot. So a standfirst must be a sentence (it ends as one), hold a line's worth of
/// words outside links, stand outside any chrome box and any picture, and the whole stretch between headline and
/// body must be short: a headline with a sidebar or a menu between it and the body is too far away to vouch for
/// what lies between.
/// </para>
/// </summary>
internal static class HtmlStandfirst
{
    /// <summary>All the text between the headline and the body's box, standfirst included: a header's worth, not a column's.</summary>
    private const int MaxCharsBetween = 1500;

    /// <summary>A standfirst holds at least this much text outside links: a sentence, not a byline or a label.</summary>
    private const int MinChars = 60;

    /// <summary>Share of a standfirst's text that may be link text.</summary>
    private const double MaxLinkDensity = 0.3;

    /// <summary>Elements that hold one line of prose each.</summary>
    private static readonly FrozenSet<string> LineElements = FrozenSet.Create(StringComparer.Ordinal,
        "p", "h2", "h3", "h4", "h5", "h6", "div", "span", "strong", "b");

    /// <summary>Elements inside which a line is more than one line: a box of blocks.</summary>
    private static readonly FrozenSet<string> BlockChildren = FrozenSet.Create(StringComparer.Ordinal,
        "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header",
        "footer", "aside", "nav", "figure", "blockquote", "pre", "form");

    /// <summary>A picture's box: what is said inside it describes the picture.</summary>
    private static readonly FrozenSet<string> PictureElements = FrozenSet.Create(StringComparer.Ordinal, "figure", "figcaption", "picture");

    /// <summary>Where a sentence ends (Latin, CJK full-width, ellipsis).</summary>
    private static readonly FrozenSet<char> SentenceEnds = FrozenSet.Create('.', '!', '?', '…', '。', '！', '？');

    /// <summary>What may close a sentence after its full stop: quotation marks and brackets.</summary>
    private static readonly FrozenSet<char> Closers = FrozenSet.Create('"', '\'', '»', '«', '“', '”', '’', '›', ')', '）', '」', '』', ']');

    /// <summary>
    /// The prose lines between <paramref name="root"/> and the headline just before it (the last <c>h1</c> before the
    /// root, when it says what the <paramref name="title"/> says), in document order; empty when there is none.
    /// </summary>
    public static IReadOnlyList<IElement> Find(IElement body, IElement root, HtmlTextStats stats, string? title)
    {
        var headline = Headline(body, root, stats);
        if (headline is null || !SaysTitle(headline, title))
        {
            return [];
        }
        var between = Between(body, headline, root);
        int chars = between.Where(e => e.ParentElement is null || !between.Contains(e.ParentElement)).Sum(e => stats.Of(e).TextChars);
        if (between.Count == 0 || chars > MaxCharsBetween)
        {
            return [];
        }
        var common = CommonAncestor(headline, root);
        // The outermost line: a paragraph, not the bold run inside it.
        return between.Where(e => IsProseLine(e, stats) && !(e.ParentElement is { } parent && between.Contains(parent) && IsProseLine(parent, stats))
            && !InChromeOrPicture(e, common)).ToList();
    }

    /// <summary>The last visible <c>h1</c> before the root in document order, outside it.</summary>
    private static IElement? Headline(IElement body, IElement root, HtmlTextStats stats)
    {
        IElement? headline = null;
        foreach (var element in body.Descendants<IElement>())
        {
            if (element == root)
            {
                break;
            }
            if (element.LocalName == "h1" && stats.Of(element).TextChars > 0)
            {
                headline = element;
            }
        }
        return headline;
    }

    /// <summary>
    /// The headline says what the title says: one holds the other, or half the headline's words are the title's
    /// (a title often adds the section or drops a word). Without a title any headline will do.
    /// </summary>
    private static bool SaysTitle(IElement headline, string? title)
    {
        string wanted = HtmlTitle.Normalise(title);
        string heading = HtmlTitle.Normalise(headline.TextContent);
        if (wanted.Length == 0)
        {
            return true;
        }
        if (heading.Length == 0)
        {
            return false;
        }
        if (wanted.Contains(heading, StringComparison.Ordinal) || heading.Contains(wanted, StringComparison.Ordinal))
        {
            return true;
        }
        var titleWords = wanted.Split(' ').ToHashSet(StringComparer.Ordinal);
        string[] headingWords = heading.Split(' ');
        return 2 * headingWords.Count(titleWords.Contains) >= headingWords.Length;
    }

    /// <summary>The elements after the headline (and outside it) and before the root, the root's own ancestors left out.</summary>
    private static HashSet<IElement> Between(IElement body, IElement headline, IElement root)
    {
        var between = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        bool after = false;
        foreach (var element in body.Descendants<IElement>())
        {
            if (element == root)
            {
                break;
            }
            if (element == headline)
            {
                after = true;
                continue;
            }
            if (after && !HtmlContentRoot.IsInside(element, headline) && !HtmlContentRoot.IsInside(root, element))
            {
                between.Add(element);
            }
        }
        return between;
    }

    private static IElement CommonAncestor(IElement a, IElement b)
    {
        for (var e = a.ParentElement; e is not null; e = e.ParentElement)
        {
            if (HtmlContentRoot.IsInside(b, e))
            {
                return e;
            }
        }
        return a.Owner!.DocumentElement;
    }

    /// <summary>One line of prose that ends as a sentence does.</summary>
    private static bool IsProseLine(IElement element, HtmlTextStats stats)
    {
        if (!LineElements.Contains(element.LocalName) || element.Children.Any(c => BlockChildren.Contains(c.LocalName)))
        {
            return false;
        }
        var text = stats.Of(element);
        return text.TextChars - text.LinkChars >= MinChars && text.LinkDensity <= MaxLinkDensity && EndsAsSentence(element.TextContent);
    }

    /// <summary>A sentence of prose: a line's worth of characters, ending as a sentence ends (a standfirst set as a heading, not a label).</summary>
    public static bool IsSentence(string text) => text.Length >= MinChars && EndsAsSentence(text);

    /// <summary>The text ends as a sentence ends: a full stop, question or exclamation mark (Latin or CJK), maybe inside quotes or brackets.</summary>
    public static bool EndsAsSentence(string text)
    {
        int i = text.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || Closers.Contains(text[i])))
        {
            i--;
        }
        return i >= 0 && SentenceEnds.Contains(text[i]);
    }

    /// <summary>The line or a box around it, below the ancestor it shares with the headline, is chrome, a picture or its caption.</summary>
    private static bool InChromeOrPicture(IElement element, IElement common)
    {
        for (var e = element; e is not null && e != common; e = e.ParentElement)
        {
            if (PictureElements.Contains(e.LocalName) || HtmlBlockWalker.IsFigureCaption(e)
                || HtmlChrome.Classify(e, WithinSection(e), useClassWords: true) != ElementRole.Content)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Inside an article, section or main: a <c>header</c> there is the article's own.</summary>
    private static bool WithinSection(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "article" or "section" or "main")
            {
                return true;
            }
        }
        return false;
    }
}
