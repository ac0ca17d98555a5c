using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// Second chances for a page whose extracted article came out too short to be one, as trafilatura falls back on a
/// generic extractor when its own result is far shorter: the page's <c>&lt;noscript&gt;</c> fallbacks read as text
/// (some pages write the whole article there and fill the visible box with script), then the whole body read with the
/// chrome rules alone (the content root chosen was a teaser, a caption or a contact line). A second reading replaces
/// the first only when it holds several times as much content; a short page that is short on purpose (a notice, a
/// link page) has nothing better elsewhere and stays as it was.
/// </summary>
internal static class HtmlShortExtraction
{
    /// <summary>Below this many characters of content an extraction is suspect (trafilatura's minimal extracted size).</summary>
    internal const int MinContentChars = 250;

    /// <summary>A second reading must hold at least this many times the first's content to replace it.</summary>
    internal const int BetterFactor = 3;

    /// <summary>Fewer characters than this in all of a page's <c>noscript</c> elements is a notice ("enable JavaScript"), not an article.</summary>
    internal const int MinNoscriptChars = 200;

    public static bool IsShort(HtmlWalk walk) => ContentChars(walk) < MinContentChars;

    /// <summary>
    /// The <paramref name="candidate"/> reading holds several times the content of <paramref name="current"/>, and enough
    /// to be an article itself (twice the minimum): a one-line article beside a short row of teasers keeps its line.
    /// </summary>
    public static bool IsBetter(HtmlWalk candidate, HtmlWalk current) =>
        ContentChars(candidate) >= Math.Max(2 * MinContentChars, BetterFactor * ContentChars(current));

    public static int ContentChars(HtmlWalk walk)
    {
        int chars = 0;
        foreach (var block in walk.Blocks)
        {
            if (block.IsContent)
            {
                foreach (char c in block.Text)
                {
                    if (!char.IsWhiteSpace(c))
                    {
                        chars++;
                    }
                }
            }
        }
        return chars;
    }

    /// <summary>
    /// Replaces each <c>noscript</c> element of <paramref name="body"/> by a <c>div</c> holding the same children (the
    /// parser read its content as markup), when together they hold enough text to be an article. Returns false, and
    /// leaves the page as it was, when they do not.
    /// </summary>
    public static bool RevealNoscript(IElement body)
    {
        var fallbacks = body.QuerySelectorAll("noscript").Where(n => n.ParentElement?.Closest("noscript") is null).ToList();
        int chars = fallbacks.Sum(n => n.TextContent.Count(c => !char.IsWhiteSpace(c)));
        if (chars < MinNoscriptChars)
        {
            return false;
        }
        var document = body.Owner!;
        foreach (var noscript in fallbacks)
        {
            var box = document.CreateElement("div");
            while (noscript.FirstChild is { } child)
            {
                box.AppendChild(child);
            }
            noscript.Replace(box);
        }
        return true;
    }
}
