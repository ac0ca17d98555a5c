using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Removes images — Markdown <c>![alt](path)</c> and <c>![alt][ref]</c>, HTML <c>&lt;img&gt;</c>, bare image
/// URLs — and turns Markdown links into their visible text. An image with real alt text becomes that text;
/// one without (empty, a file name, a word like "image", a hash) goes, and a line or block left empty goes
/// with it. The Markdown reader's inline elements locate images and links while a block is unchanged (they
/// know what Markdig parsed, e.g. not inside code spans); otherwise, and in plain text, patterns do.
/// </summary>
public sealed partial class ImageLinksRule : ICleanupRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "image-links",
        "Removes Markdown/HTML images and bare image URLs (keeping real alt text) and turns links into their text",
        ImmutableHashSet.Create(StringComparer.Ordinal, "default", "strict"));

    private enum ElementKind
    {
        Image,
        Link,
        BareImageUrl,
    }

    private readonly record struct Element(int Start, int Length, ElementKind Kind, string Target, string Label)
    {
        public int End => Start + Length;
    }

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            var block = context.Blocks[b];
            if (block.Kind == BlockKind.Code)
            {
                continue;
            }
            var elements = FindElements(block);
            if (elements.Count > 0)
            {
                context.Rewrite(b, Changes(block.Text, elements));
            }
        }
    }

    private static List<Element> FindElements(CleanBlock block)
    {
        string text = block.Text;
        var found = new List<Element>();
        bool useInlines = block.Unchanged && !block.Source.Inlines.IsDefaultOrEmpty;
        if (useInlines)
        {
            foreach (var inline in block.Source.Inlines)
            {
                if (inline.Start < 0 || inline.Start + inline.Length > text.Length)
                {
                    continue;
                }
                bool autolink = inline.Kind == InlineKind.Link && text.AsSpan(inline.Start, inline.Length).SequenceEqual(inline.Label);
                if (autolink)
                {
                    if (UrlFinder.IsImageUrl(inline.Label))
                    {
                        AddIfFree(found, new Element(inline.Start, inline.Length, ElementKind.BareImageUrl, inline.Target, ""));
                    }
                    continue;
                }
                var kind = inline.Kind == InlineKind.Image ? ElementKind.Image : ElementKind.Link;
                AddIfFree(found, new Element(inline.Start, inline.Length, kind, inline.Target, inline.Label));
            }
        }
        else if (text.Contains('[', StringComparison.Ordinal))
        {
            // Links first: an image inside a link's text goes with the link.
            foreach (Match m in MarkdownLink().Matches(text))
            {
                AddIfFree(found, new Element(m.Index, m.Length, ElementKind.Link, m.Groups["url"].Value.Trim('<', '>'), m.Groups["text"].Value));
            }
            foreach (Match m in MarkdownImage().Matches(text))
            {
                AddIfFree(found, new Element(m.Index, m.Length, ElementKind.Image, m.Groups["url"].Value.Trim('<', '>'), m.Groups["alt"].Value));
            }
        }
        if (text.Contains("![", StringComparison.Ordinal))
        {
            foreach (Match m in ReferenceImage().Matches(text))
            {
                AddIfFree(found, new Element(m.Index, m.Length, ElementKind.Image, "[" + m.Groups["ref"].Value + "]", m.Groups["alt"].Value));
            }
        }
        if (text.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in HtmlImage().Matches(text))
            {
                var alt = HtmlAttribute("alt").Match(m.Value);
                var src = HtmlAttribute("src").Match(m.Value);
                AddIfFree(found, new Element(m.Index, m.Length, ElementKind.Image, src.Success ? src.Groups["v"].Value : "", alt.Success ? alt.Groups["v"].Value : ""));
            }
        }
        foreach (var url in UrlFinder.Find(text))
        {
            if (!url.IsEmail && UrlFinder.IsImageUrl(text.AsSpan(url.Start, url.Length)))
            {
                AddIfFree(found, new Element(url.Start, url.Length, ElementKind.BareImageUrl, text.Substring(url.Start, url.Length), ""));
            }
        }
        found.Sort((x, y) => x.Start.CompareTo(y.Start));
        return found;
    }

    /// <summary>Keeps the first claim on a span: outer elements come first, so an image inside a link is handled with the link.</summary>
    private static void AddIfFree(List<Element> found, Element candidate)
    {
        if (candidate.Length == 0 || candidate.Label.Contains('\n', StringComparison.Ordinal) || candidate.Target.Contains('\n', StringComparison.Ordinal))
        {
            return; // an element wrapped over lines is left alone rather than half-removed
        }
        foreach (var e in found)
        {
            if (candidate.Start < e.End && e.Start < candidate.End)
            {
                return;
            }
        }
        found.Add(candidate);
    }

    private static List<TextChange> Changes(string text, List<Element> elements)
    {
        var lines = BlockLines.Split(text);
        var removedLines = new List<(int, int, string)>();
        var partial = new List<TextChange>();
        int next = 0;
        for (int line = 0; line < lines.Count && next < elements.Count; line++)
        {
            var (lineStart, lineEnd) = lines[line];
            var onLine = new List<(Element Element, string Replacement, string Note)>();
            while (next < elements.Count && elements[next].Start < lineEnd + 1)
            {
                var e = elements[next++];
                var (replacement, note) = Decide(e);
                onLine.Add((e, replacement, note));
            }
            if (onLine.Count == 0)
            {
                continue;
            }
            if (onLine.All(x => x.Replacement.Length == 0) && LeftBlank(text, lineStart, lineEnd, onLine.Select(x => x.Element)))
            {
                removedLines.Add((line, line, string.Join("; ", onLine.Select(x => x.Note)) + " (line left empty)"));
                continue;
            }
            foreach (var (e, replacement, note) in onLine)
            {
                int start = e.Start;
                int end = e.End;
                if (replacement.Length == 0)
                {
                    (start, end) = WithOneSpace(text, start, end, lineStart, lineEnd, partial);
                }
                partial.Add(new TextChange(start, end - start, replacement, note));
            }
        }
        return BlockLines.Compose(text, lines, removedLines, partial);
    }

    private static (string Replacement, string Note) Decide(Element e)
    {
        switch (e.Kind)
        {
            case ElementKind.Image:
                string alt = Collapse(e.Label);
                return IsRealAltText(alt)
                    ? (alt, $"image replaced by its alt text: {e.Target}")
                    : ("", $"image removed: {e.Target}");
            case ElementKind.Link:
                string label = Collapse(LabelText(e.Label));
                return (label, $"link target removed: {e.Target}");
            default:
                return ("", $"image URL removed: {e.Target}");
        }
    }

    /// <summary>A link's visible text with any image in it reduced to its real alt text (<c>[![logo](a.png) Home](/)</c> → <c>Home</c>).</summary>
    private static string LabelText(string label)
    {
        if (!label.Contains("![", StringComparison.Ordinal))
        {
            return label;
        }
        return MarkdownImage().Replace(label, m => IsRealAltText(Collapse(m.Groups["alt"].Value)) ? Collapse(m.Groups["alt"].Value) : "");
    }

    private static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    /// <summary>True when what is left of the line once the elements go is only whitespace.</summary>
    private static bool LeftBlank(string text, int lineStart, int lineEnd, IEnumerable<Element> elements)
    {
        int cursor = lineStart;
        foreach (var e in elements)
        {
            if (!BlockLines.IsBlank(text, cursor, Math.Max(cursor, e.Start)))
            {
                return false;
            }
            cursor = Math.Max(cursor, Math.Min(e.End, lineEnd));
        }
        return BlockLines.IsBlank(text, cursor, lineEnd);
    }

    /// <summary>
    /// Widens a removal by one space so that <c>a ![](x.png) b</c> becomes <c>a b</c>, not <c>a  b</c>: the space
    /// before it when a space, punctuation or the line end follows, else the space after it at a line start.
    /// </summary>
    private static (int Start, int End) WithOneSpace(string text, int start, int end, int lineStart, int lineEnd, List<TextChange> earlier)
    {
        int previousEnd = earlier.Count == 0 ? lineStart : Math.Max(lineStart, earlier[^1].End);
        bool spaceBefore = start > previousEnd && text[start - 1] is ' ' or '\t';
        bool afterIsBoundary = end >= lineEnd || text[end] is ' ' or '\t' || char.IsPunctuation(text[end]);
        if (spaceBefore && afterIsBoundary)
        {
            return (start - 1, end);
        }
        if (BlockLines.IsBlank(text, lineStart, start) && end < lineEnd && text[end] is ' ' or '\t')
        {
            return (start, end + 1);
        }
        return (start, end);
    }

    private static readonly HashSet<string> GenericAltWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "image", "img", "picture", "pic", "photo", "figure", "fig", "screenshot", "screen shot", "untitled", "alt", "alt text",
        "icon", "logo", "banner", "thumbnail", "placeholder", "null", "undefined",
        "图片", "图像", "照片", "插图", "配图", "图", "截图", "示意图", "图示", "缩略图",
        "illustration", "capture", "capture d'écran", "capture d’écran", "visuel", "vignette",
    };

    /// <summary>
    /// Alt text worth keeping: not empty, not a file name or path, not a generic word (optionally numbered:
    /// "image 3", "图片1"), not a hash or an id.
    /// </summary>
    internal static bool IsRealAltText(string alt)
    {
        if (alt.Length == 0 || !alt.Any(char.IsLetter))
        {
            return false;
        }
        if (FileNameLike().IsMatch(alt) || alt.Contains("://", StringComparison.Ordinal) || alt.StartsWith('/'))
        {
            return false;
        }
        string word = TrailingNumber().Replace(alt, "");
        if (GenericAltWords.Contains(word))
        {
            return false;
        }
        return !HashLike().IsMatch(alt);
    }

    [GeneratedRegex(@"!\[(?<alt>[^\[\]\n]*)\]\(\s*(?<url><[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:""[^""\n]*""|'[^'\n]*'))?\s*\)", RegexOptions.ExplicitCapture)]
    private static partial Regex MarkdownImage();

    // The target must look like a URL or path (a letter and one of / . : #), so "[1](2)" or "[sic](p 3)" stay.
    // An angle-bracketed target too: "[<basename>](<Regular>)" is the syntax line of a manual (TeX, man pages),
    // two placeholders side by side, not a link to a file called Regular.
    [GeneratedRegex(@"(?<!!)\[(?<text>(?:[^\[\]\n]|!\[[^\[\]\n]*\]\([^\s()]*\))+)\]\(\s*(?<url><(?=[^>\n]*[/.:#])[^>\n]+>|(?=[^\s()]*[A-Za-z])(?=[^\s()]*[/.:#])[^\s()]+(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:""[^""\n]*""|'[^'\n]*'))?\s*\)", RegexOptions.ExplicitCapture)]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"!\[(?<alt>[^\[\]\n]*)\]\[(?<ref>[^\[\]\n]*)\]", RegexOptions.ExplicitCapture)]
    private static partial Regex ReferenceImage();

    [GeneratedRegex(@"<img\b[^<>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlImage();

    private static Regex HtmlAttribute(string name) => name == "alt" ? AltAttribute() : SrcAttribute();

    [GeneratedRegex(@"\balt\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex AltAttribute();

    [GeneratedRegex(@"\bsrc\s*=\s*(?:""(?<v>[^""]*)""|'(?<v>[^']*)'|(?<v>[^\s>]+))", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex SrcAttribute();

    [GeneratedRegex(@"^[^\s/\\]+\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?|heic|avif)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FileNameLike();

    [GeneratedRegex(@"[\s_\-#]*\d+$")]
    private static partial Regex TrailingNumber();

    // Hex digests, UUIDs and long tokens mixing letters and digits (CMS ids) are not descriptions.
    [GeneratedRegex(@"^(?:(?=[0-9a-f\-]*\d)[0-9a-f\-]{8,}|(?=[A-Za-z0-9_\-]*\d)[A-Za-z0-9_\-]{12,})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HashLike();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
