using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TextPipe.Documents;

namespace TextPipe.Readers.Html;

/// <summary>
/// Keeps a page's element nesting within <see cref="ReaderOptions.MaxNestingDepth"/> before the HTML parser sees it.
/// The parser's tree building looks through the stack of open elements at each tag, and every stage that walks up
/// from an element pays for its depth, so 100,000 nested <c>&lt;div&gt;</c> cost time quadratic in the depth (minutes).
/// No real page nests 256 elements deep. The text is scanned once: start and end tags of elements deeper than the
/// limit are replaced by a space, so their content joins the deepest kept ancestor (flattened, text kept), and the
/// page is flagged. Elements whose end tag may be left out (<c>p</c>, <c>li</c>, <c>td</c>...) and void elements are
/// not counted, since they do not nest by themselves; raw text (scripts, styles, comments) is skipped.
/// The same pass keeps each start tag to its first <see cref="MaxAttributes"/> attributes (an element with a million
/// attributes costs the parser half a gigabyte; a real one has a few dozen), flagged too.
/// </summary>
internal static class HtmlNestingLimit
{
    public const string FlagCode = ReaderFlagCodes.NestingFlattened;

    /// <summary>Flag code for start tags whose attributes beyond <see cref="MaxAttributes"/> were left out.</summary>
    public const string AttributesFlagCode = "html-attributes-dropped";

    /// <summary>Attributes read per start tag.</summary>
    public const int MaxAttributes = 1_000;

    /// <summary>Elements that never hold children.</summary>
    private static readonly FrozenSet<string> VoidElements = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "image");

    /// <summary>Elements a later sibling or parent's end closes implicitly: they do not deepen the tree by repeating.</summary>
    private static readonly FrozenSet<string> ImplicitlyClosed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "rb", "rt", "rtc", "rp",
        "colgroup", "caption", "html", "head", "body");

    /// <summary>Elements whose content is text up to their own end tag.</summary>
    private static readonly FrozenSet<string> RawText = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes");

    /// <summary>
    /// Raw-text elements whose text is never read (scripts, styles: dropped silently, see <see cref="HtmlDroppedText"/>).
    /// The parser's tokenizer buffers their text whole even when told to skip it, about four bytes per character of
    /// the page, so a large one's text is taken out before parsing.
    /// </summary>
    private static readonly FrozenSet<string> NeverRead = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "script", "style");

    /// <summary>Characters of script or style text above which it is taken out: real ones are smaller than this, and
    /// below it the parser's buffer costs less than the copy of the page that taking it out needs.</summary>
    public const int LargeRawText = 256 * 1024;

    /// <summary>How far down the open elements an end tag is matched; a stray end tag further down is ignored.</summary>
    private const int EndTagReach = 16;

    /// <summary>The page with elements beyond <paramref name="maxDepth"/> flattened and attributes capped, and a flag for each that happened.</summary>
    public static (string Text, ImmutableArray<Flag> Flags) Apply(string html, int maxDepth)
    {
        var open = new List<(string Name, bool Removed)>();
        List<(int Start, int End)>? removed = null;
        int flattened = 0;
        int cappedTags = 0;
        int i = 0;
        while (i < html.Length)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
            {
                break;
            }
            char next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipMarkupDeclaration(html, lt);
            }
            else if (next == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
            {
                int nameEnd = NameEnd(html, lt + 2);
                int end = html.IndexOf('>', nameEnd);
                end = end < 0 ? html.Length : end + 1;
                if (Close(open, html.AsSpan(lt + 2, nameEnd - lt - 2)))
                {
                    (removed ??= []).Add((lt, end));
                    flattened++;
                }
                i = end;
            }
            else if (char.IsAsciiLetter(next))
            {
                int nameEnd = NameEnd(html, lt + 1);
                string name = html[(lt + 1)..nameEnd];
                int end = TagEnd(html, nameEnd, out bool selfClosing, out int extraAttributes);
                i = end;
                bool tooDeep = false;
                if (RawText.Contains(name))
                {
                    i = SkipRawText(html, end, name);
                    if (i - end > LargeRawText && NeverRead.Contains(name))
                    {
                        (removed ??= []).Add((end, i)); // the parser would buffer it whole, to be dropped
                    }
                }
                else if (name.Equals("plaintext", StringComparison.OrdinalIgnoreCase))
                {
                    break; // everything after it is text
                }
                else if (!selfClosing && !VoidElements.Contains(name) && !ImplicitlyClosed.Contains(name))
                {
                    tooDeep = open.Count >= maxDepth;
                    open.Add((name, tooDeep));
                    if (tooDeep)
                    {
                        (removed ??= []).Add((lt, end));
                        flattened++;
                    }
                }
                if (extraAttributes >= 0 && !tooDeep)
                {
                    (removed ??= []).Add((extraAttributes, end - 1)); // up to the '>', which stays
                    cappedTags++;
                }
            }
            else
            {
                i = lt + 1;
            }
        }
        if (removed is null)
        {
            return (html, []);
        }
        var flags = ImmutableArray.CreateBuilder<Flag>(2);
        if (flattened > 0)
        {
            flags.Add(new Flag(FlagCode, string.Create(CultureInfo.InvariantCulture,
                $"html: elements nested more than {maxDepth} deep were flattened into their ancestor ({flattened:N0} tags removed, text kept; --max-depth)")));
        }
        if (cappedTags > 0)
        {
            flags.Add(new Flag(AttributesFlagCode, string.Create(CultureInfo.InvariantCulture,
                $"html: {cappedTags:N0} element{(cappedTags == 1 ? "" : "s")} with more than {MaxAttributes:N0} attributes; the attributes after those were left out")));
        }
        return (Rewrite(html, removed), flags.ToImmutable());
    }

    /// <summary>Pops the open element an end tag closes; true when that element was one removed for its depth.</summary>
    private static bool Close(List<(string Name, bool Removed)> open, ReadOnlySpan<char> name)
    {
        for (int k = open.Count - 1; k >= 0 && k >= open.Count - EndTagReach; k--)
        {
            if (name.Equals(open[k].Name, StringComparison.OrdinalIgnoreCase))
            {
                bool removed = open[k].Removed;
                open.RemoveRange(k, open.Count - k);
                return removed;
            }
        }
        return false;
    }

    /// <summary>The page with each removed range replaced by one space, built at its final length (one copy, no buffer
    /// the size of the page when most of it goes).</summary>
    private static string Rewrite(string html, List<(int Start, int End)> removed)
    {
        int length = html.Length;
        foreach (var (start, end) in removed)
        {
            length -= end - start - 1;
        }
        return string.Create(length, (html, removed), static (span, state) =>
        {
            var (page, ranges) = state;
            int copied = 0;
            int written = 0;
            foreach (var (start, end) in ranges)
            {
                page.AsSpan(copied, start - copied).CopyTo(span[written..]);
                written += start - copied;
                span[written++] = ' ';
                copied = end;
            }
            page.AsSpan(copied).CopyTo(span[written..]);
        });
    }

    private static int NameEnd(string html, int start)
    {
        int k = start;
        while (k < html.Length && (char.IsAsciiLetterOrDigit(html[k]) || html[k] is '-' or ':' or '_' or '.'))
        {
            k++;
        }
        return k;
    }

    /// <summary>
    /// The index after a start tag's <c>&gt;</c>, attribute values in quotes skipped whole; <paramref name="extraAttributes"/>
    /// is where the attribute after the first <see cref="MaxAttributes"/> starts, or -1.
    /// </summary>
    private static int TagEnd(string html, int k, out bool selfClosing, out int extraAttributes)
    {
        selfClosing = false;
        extraAttributes = -1;
        int attributes = 0;
        while (k < html.Length)
        {
            char c = html[k];
            if (c == '>')
            {
                selfClosing = html[k - 1] == '/';
                return k + 1;
            }
            if (char.IsWhiteSpace(c) || c == '/')
            {
                k++;
                continue;
            }
            // An attribute: its name, then an optional value.
            if (++attributes == MaxAttributes + 1)
            {
                extraAttributes = k;
            }
            while (k < html.Length && !char.IsWhiteSpace(html[k]) && html[k] is not ('=' or '>' or '/'))
            {
                k++;
            }
            while (k < html.Length && char.IsWhiteSpace(html[k]))
            {
                k++;
            }
            if (k >= html.Length || html[k] != '=')
            {
                continue;
            }
            k++;
            while (k < html.Length && char.IsWhiteSpace(html[k]))
            {
                k++;
            }
            if (k < html.Length && html[k] is '"' or '\'')
            {
                int close = html.IndexOf(html[k], k + 1);
                k = close < 0 ? html.Length : close + 1;
                continue;
            }
            while (k < html.Length && !char.IsWhiteSpace(html[k]) && html[k] != '>')
            {
                k++;
            }
        }
        return html.Length;
    }

    private static int SkipMarkupDeclaration(string html, int lt)
    {
        if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
        {
            int close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return close < 0 ? html.Length : close + 3;
        }
        int end = html.IndexOf('>', lt);
        return end < 0 ? html.Length : end + 1;
    }

    private static int SkipRawText(string html, int from, string name)
    {
        int k = from;
        while (true)
        {
            int close = html.IndexOf("</", k, StringComparison.Ordinal);
            if (close < 0)
            {
                return html.Length;
            }
            if (html.AsSpan(close + 2).StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                return close;
            }
            k = close + 2;
        }
    }
}
