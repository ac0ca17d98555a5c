using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>How much visible text an element holds, how much of it is link text, and how much prose structure.</summary>
/// <param name="TextChars">Visible non-whitespace characters (scripts, styles and hidden elements left out).</param>
/// <param name="LinkChars">Of those, the ones inside links.</param>
/// <param name="Links">Links (<c>a</c> with <c>href</c>) inside.</param>
/// <param name="Paragraphs">Paragraphs, quotes and preformatted blocks inside (headings are not counted: a
/// "Related stories" heading over a list of links does not make the box prose).</param>
/// <param name="ProseChars">Characters of paragraph text outside links (of <c>p</c> elements inside): the article's own prose.</param>
internal readonly record struct ElementText(int TextChars, int LinkChars, int Links, int Paragraphs, int ProseChars = 0)
{
    /// <summary>Share of the text that is link text (0 for an element without text).</summary>
    public double LinkDensity => TextChars == 0 ? 0 : (double)LinkChars / TextChars;

    public ElementText Add(ElementText other) =>
        new(TextChars + other.TextChars, LinkChars + other.LinkChars, Links + other.Links, Paragraphs + other.Paragraphs, ProseChars + other.ProseChars);
}

/// <summary>
/// The <see cref="ElementText"/> of every element under a root, computed in one bottom-up pass without
/// recursion (so a page nested thousands of levels deep cannot overflow the stack).
/// </summary>
internal sealed class HtmlTextStats
{
    private readonly Dictionary<IElement, ElementText> _byElement;

    private HtmlTextStats(int capacity) => _byElement = new(capacity, ReferenceEqualityComparer.Instance);

    /// <param name="expectedElements">
    /// About how many elements there are, to size the table once: grown by doubling, the table of a page of half a million
    /// elements left as much again in abandoned arrays while the page's tree was still held. 0 when not known.
    /// </param>
    public static HtmlTextStats Measure(IElement root, int expectedElements = 0)
    {
        var stats = new HtmlTextStats(expectedElements);
        // One frame per open element, taking its children one at a time (the stack grows with the nesting only) and
        // summing their text as they end.
        var open = new Stack<OpenElement>();
        open.Push(new OpenElement(root, default, NextChild: 0));
        while (open.Count > 0)
        {
            var top = open.Pop();
            var children = top.Element.ChildNodes;
            if (top.NextChild < children.Length)
            {
                var child = children[top.NextChild];
                top = top with { NextChild = top.NextChild + 1 };
                if (child is IElement element)
                {
                    open.Push(top);
                    if (HtmlChrome.Classify(element, withinSection: true, useClassWords: false) != ElementRole.Invisible)
                    {
                        open.Push(new OpenElement(element, default, NextChild: 0));
                    }
                    continue;
                }
                if (child.NodeType == NodeType.Text)
                {
                    top = top with { Text = top.Text with { TextChars = top.Text.TextChars + CountVisible(child.TextContent) } };
                }
                open.Push(top);
                continue;
            }
            var own = Finish(top.Element, top.Text);
            stats._byElement[top.Element] = own;
            if (open.Count > 0)
            {
                var parent = open.Pop();
                open.Push(parent with { Text = parent.Text.Add(own) });
            }
        }
        return stats;
    }

    /// <summary>An element's text once all its children are summed: a link's is link text, a paragraph counts as one.</summary>
    private static ElementText Finish(IElement element, ElementText own)
    {
        bool isLink = element.LocalName == "a" && element.HasAttribute("href");
        if (isLink)
        {
            // All of a link's text is link text, also when the link wraps whole paragraphs (a card whose
            // box is the link to another page): those are its label, not prose of this page.
            own = own with { LinkChars = own.TextChars, Links = own.Links + 1, Paragraphs = 0, ProseChars = 0 };
        }
        if (element.LocalName is "p" or "pre" or "blockquote")
        {
            own = own with { Paragraphs = own.Paragraphs + 1 };
        }
        if (element.LocalName == "p")
        {
            own = own with { ProseChars = own.TextChars - own.LinkChars };
        }
        return own;
    }

    private readonly record struct OpenElement(IElement Element, ElementText Text, int NextChild);

    public ElementText Of(IElement element) => _byElement.TryGetValue(element, out var text) ? text : default;

    private static int CountVisible(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                count++;
            }
        }
        return count;
    }
}
