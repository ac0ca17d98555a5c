using System.Text;
using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// Pairs the base text of a <c>&lt;ruby&gt;</c> with its readings: <c>&lt;ruby&gt;漢字&lt;rp&gt;(&lt;/rp&gt;&lt;rt&gt;かんじ&lt;/rt&gt;&lt;rp&gt;)&lt;/rp&gt;&lt;/ruby&gt;</c>
/// gives (漢字, かんじ); <c>&lt;ruby&gt;漢&lt;rt&gt;かん&lt;/rt&gt;字&lt;rt&gt;じ&lt;/rt&gt;&lt;/ruby&gt;</c> gives two pairs. The readings
/// (<c>rt</c>, grouped or not in <c>rtc</c>) are glosses over the text, and <c>rp</c> holds the parentheses shown
/// by browsers without ruby support: neither is part of the sentence.
/// </summary>
internal static class HtmlRuby
{
    /// <summary>Elements of a ruby that are annotation, not base text.</summary>
    public static bool IsAnnotation(string localName) => localName is "rt" or "rp" or "rtc";

    public static List<(string Base, string Reading)> Pairs(IElement ruby)
    {
        var pairs = new List<(string, string)>();
        var baseText = new StringBuilder();
        string lastBase = "";
        foreach (var node in ruby.ChildNodes)
        {
            if (node is IElement { LocalName: "rp" })
            {
                continue;
            }
            if (node is IElement { LocalName: "rt" or "rtc" } annotation)
            {
                string reading = Collapse(annotation.TextContent);
                string text = Collapse(baseText.ToString());
                baseText.Clear();
                // A second reading for the same base (an <rtc> after the <rt>s) annotates the base before it.
                text = text.Length == 0 ? lastBase : text;
                if (reading.Length > 0 && text.Length > 0)
                {
                    pairs.Add((text, reading));
                }
                lastBase = text;
                continue;
            }
            baseText.Append(node.TextContent);
        }
        return pairs;
    }

    private static string Collapse(string value) =>
        string.Join(' ', value.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
}
