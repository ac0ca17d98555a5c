using System.Collections.Frozen;
using AngleSharp.Dom;
using TextPipe.Text;

namespace TextPipe.Readers.Html;

/// <summary>
/// A paragraph, list item or subheading that is one link and little else: another article's teaser set among the
/// article's paragraphs ("Read also: …", a "related" headline, a row of a "more stories" box, a shop's "order the book").
/// The article's own sentences carry links inside their prose; a block whose words are mostly one link's is a way to
/// another page, not a sentence of this one. A short label before the link ("Lesen Sie hier:", "À lire aussi :") is
/// part of the teaser; words that start a sentence before the link are not. Lists of several links are judged as lists
/// elsewhere (<see cref="HtmlBlockWalker"/>). Not teasers: a link to write or call (contact data), a link written out as its
/// address (a source), a link to a place on this page (a permalink, a table of contents), a link of one word (a name, a
/// file), and a linked heading over a section of prose of its own (see <see cref="HeadsASection"/>).
/// </summary>
internal static class HtmlTeaserLink
{
    /// <summary>Blocks that hold one line of the page. A term (<c>dt</c>) is left out: a glossary links its terms.</summary>
    private static readonly FrozenSet<string> LineBlocks = FrozenSet.Create(StringComparer.Ordinal,
        "p", "li", "dd", "h2", "h3", "h4", "h5", "h6", "div");

    /// <summary>Block-level children that make a <c>div</c> a box of lines rather than a line.</summary>
    private static readonly FrozenSet<string> InnerBlocks = FrozenSet.Create(StringComparer.Ordinal,
        "p", "div", "ul", "ol", "dl", "table", "section", "article", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure");

    /// <summary>More than this share of the block's characters is the link's text.</summary>
    private const double MinLinkShare = 0.5;

    /// <summary>Characters outside the link at most: room for a label ("Dowiedz się więcej:"), not for a sentence.</summary>
    private const int MaxLabelChars = 40;

    /// <summary>From this share of link text on, the few other characters are decoration (an arrow, a bullet, a date).</summary>
    private const double AllLinkShare = 0.9;

    /// <summary>Characters after the link at most when a label comes before it (a full stop, an arrow).</summary>
    private const int MaxTrailingChars = 3;

    /// <summary>How a label ends before the link it announces: "Lesen Sie auch:", "阅读更多：", "Voir aussi »".</summary>
    private static readonly char[] LabelEnds = [':', '：', '»', '>', '→', '|'];

    /// <param name="statsOf">The text figures of any element (for a list item's siblings).</param>
    public static bool IsTeaser(IElement element, ElementText text, Func<IElement, ElementText> statsOf)
    {
        if (text.Links != 1 || text.TextChars == 0 || !LineBlocks.Contains(element.LocalName))
        {
            return false;
        }
        if (text.LinkDensity <= MinLinkShare || text.TextChars - text.LinkChars > MaxLabelChars)
        {
            return false;
        }
        if (element.LocalName == "div" && element.Children.Any(c => InnerBlocks.Contains(c.LocalName)))
        {
            return false;
        }
        // A paragraph inside a list item is judged with its item (<li><p><a>…</a>.</p></li>).
        if (element.Closest("li") is { } item && !EveryItemIsOneLink(item, statsOf))
        {
            return false;
        }
        if (element.QuerySelector("a[href]") is not { } link || IsContactAddress(link) || IsWrittenOutAddress(link) || IsWithinPage(link) || IsOneWord(link))
        {
            return false;
        }
        if (IsHeading(element) && HeadsASection(element, statsOf))
        {
            return false;
        }
        return text.LinkDensity >= AllLinkShare || IsLabelThenLink(element, link);
    }

    /// <summary>
    /// A linked item among items of prose is an entry of that list (a manual's list of modules, each named by its link),
    /// not a teaser; a list of one item, or of link lines only, is a box of teasers.
    /// </summary>
    private static bool EveryItemIsOneLink(IElement item, Func<IElement, ElementText> statsOf) =>
        item.ParentElement is not { } list
        || list.Children.Where(c => c.LocalName == "li").All(c => statsOf(c) is var t && (t.TextChars == 0 || (t.Links == 1 && t.LinkDensity > MinLinkShare)));

    /// <summary>The words outside the link are a label before it ("Read also: …"), not the start of a sentence ("2008–2012, 100 episodes of …").</summary>
    private static bool IsLabelThenLink(IElement element, IElement link)
    {
        string all = element.TextContent;
        string linkText = link.TextContent;
        int at = linkText.Length == 0 ? -1 : all.IndexOf(linkText, StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }
        string before = all[..at].Trim();
        string after = all[(at + linkText.Length)..].Trim();
        return before.Length > 0 && before[^1] is var end && LabelEnds.Contains(end) && after.Length <= MaxTrailingChars;
    }

    /// <summary>A link to a place on this page (<c>#section-2</c>): a heading's permalink, a table of contents, never another article.</summary>
    private static bool IsWithinPage(IElement link) => link.GetAttribute("href")!.TrimStart().StartsWith('#');

    /// <summary>
    /// A link whose text is one word ("Kindle", "PDF", "link") names a thing or a file; a teaser gives another article's
    /// title, which takes words. Text in a script written without spaces (Chinese, Japanese, Thai) cannot be counted so and
    /// is not judged by it.
    /// </summary>
    private static bool IsOneWord(IElement link)
    {
        string text = link.TextContent.Trim();
        return !text.Any(char.IsWhiteSpace) && !text.Any(IsWrittenWithoutSpaces);
    }

    private static bool IsWrittenWithoutSpaces(char c) =>
        Scripts.IsHan(c) || Scripts.IsKana(c)
        || c is >= '\u0E00' and <= '\u0EFF' // Thai, Lao
            or >= '\u1000' and <= '\u109F'  // Myanmar
            or >= '\u1780' and <= '\u17FF'; // Khmer

    /// <summary>Prose outside links under a heading (before the next heading) from which on it heads a section.</summary>
    private const int MinSectionProseChars = 100;

    /// <summary>A box holding at most this much text around its heading is a card (a headline, a date, an excerpt), not a part of an article.</summary>
    private const int MaxCardChars = 600;

    /// <summary>
    /// A linked heading with prose of its own under it, in a box that is more than a card, heads a section of the article
    /// (a review's "“Game” ($20)" linked to the shop, a blog post's title linked to its permalink); a teaser's headline stands
    /// alone or over a date or a short excerpt, in a card of its own.
    /// </summary>
    private static bool HeadsASection(IElement heading, Func<IElement, ElementText> statsOf)
    {
        if (heading.ParentElement is not { } box || statsOf(box).TextChars <= MaxCardChars)
        {
            return false;
        }
        int prose = 0;
        // Text loose in the box counts too: some pages set a section's first paragraph without a <p>.
        for (var next = heading.NextSibling; next is not null && prose < MinSectionProseChars; next = next.NextSibling)
        {
            if (next is IElement element)
            {
                if (IsHeading(element))
                {
                    break;
                }
                var text = statsOf(element);
                prose += text.TextChars - text.LinkChars;
            }
            else if (next.NodeType == NodeType.Text)
            {
                prose += next.TextContent.Count(c => !char.IsWhiteSpace(c));
            }
        }
        return prose >= MinSectionProseChars;
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>A link to write or call: contact data, not a teaser.</summary>
    private static bool IsContactAddress(IElement link) =>
        link.GetAttribute("href")!.Trim() is var href
        && (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) || href.StartsWith("tel:", StringComparison.OrdinalIgnoreCase));

    /// <summary>A link whose text is its own address (<c>https://…</c>, <c>www.…</c>): a source the text cites, written out for the reader.</summary>
    private static bool IsWrittenOutAddress(IElement link)
    {
        string text = link.TextContent.Trim();
        return text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.Contains("://", StringComparison.Ordinal);
    }
}
