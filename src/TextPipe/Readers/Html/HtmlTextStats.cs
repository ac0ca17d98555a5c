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
    private readonly Dictionary<IElement, ElementText> _byElement = new(ReferenceEqualityComparer.Instance);

    public static HtmlTextStats Measure(IElement root)
    {
        var stats = new HtmlTextStats();
        var stack = new Stack<(INode Node, bool Exit)>();
        var accumulators = new Stack<ElementText>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IElement element)
            {
                if (!exit)
                {
                    if (HtmlChrome.Classify(element, withinSection: true, useClassWords: false) == ElementRole.Invisible && element != root)
                    {
                        continue;
                    }
                    accumulators.Push(default);
                    stack.Push((element, true));
                    PushChildren(stack, element);
                    continue;
                }
                var own = accumulators.Pop();
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
                stats._byElement[element] = own;
                if (accumulators.Count > 0)
                {
                    accumulators.Push(accumulators.Pop().Add(own));
                }
            }
            else if (node.NodeType == NodeType.Text && accumulators.Count > 0)
            {
                int visible = CountVisible(node.TextContent);
                var top = accumulators.Pop();
                accumulators.Push(top with { TextChars = top.TextChars + visible });
            }
        }
        return stats;
    }

    public ElementText Of(IElement element) => _byElement.TryGetValue(element, out var text) ? text : default;

    private static void PushChildren(Stack<(INode, bool)> stack, INode node)
    {
        var children = node.ChildNodes;
        for (int i = children.Length - 1; i >= 0; i--)
        {
            stack.Push((children[i], false));
        }
    }

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
