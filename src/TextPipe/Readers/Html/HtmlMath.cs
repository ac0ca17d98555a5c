using AngleSharp.Dom;

namespace TextPipe.Readers.Html;

/// <summary>
/// Reads a formula as the TeX it was written in, so a sentence that holds one stays whole ("given objects
/// $x_{1},\dots ,x_{N}$, t-SNE computes..."). Wikipedia-style pages render each formula three times — MathML
/// (often hidden), an image, and TeX in the MathML's <c>annotation</c> or <c>alttext</c> and in the image's
/// <c>alt</c> — so the formula is read once, from its container (<c>span.mwe-math-element</c>) or its
/// <c>&lt;math&gt;</c> element, preferring the TeX annotation, then <c>alttext</c>, then the fallback image's
/// <c>alt</c>, then the MathML's own text. Written <c>$…$</c> inline, <c>$$…$$</c> for display formulas; the
/// <c>{\displaystyle …}</c> wrapper MediaWiki adds is layout, not the formula, and goes.
/// </summary>
internal static class HtmlMath
{
    private const string MediaWikiContainer = "mwe-math-element";
    private const string MediaWikiFallbackImage = "mwe-math-fallback-image-";

    /// <summary>True when <paramref name="element"/> is a formula; <paramref name="text"/> is then its TeX with delimiters, or empty when it has none.</summary>
    public static bool TryRead(IElement element, out string text)
    {
        text = "";
        string name = element.LocalName;
        bool container = name == "span" && HasClassWord(element, MediaWikiContainer);
        bool fallbackImage = name == "img" && HasClassPrefix(element, MediaWikiFallbackImage);
        if (!container && !fallbackImage && name != "math")
        {
            return false;
        }
        var math = name == "math" ? element : element.QuerySelector("math");
        var image = name == "img" ? element : element.QuerySelector("img");
        string? tex = Annotation(math) ?? NonEmpty(math?.GetAttribute("alttext")) ?? NonEmpty(image?.GetAttribute("alt"));
        if (tex is null)
        {
            // MathML without TeX: its text ("x1 + x2") is not TeX, so it goes in without delimiters.
            text = NonEmpty(math?.TextContent) is { } plain ? Collapse(plain) : "";
            return true;
        }
        bool display = string.Equals(math?.GetAttribute("display"), "block", StringComparison.OrdinalIgnoreCase)
            || (image is not null && HasClassPrefix(image, MediaWikiFallbackImage + "display"));
        string delimiter = display ? "$$" : "$";
        text = delimiter + Collapse(Unwrap(tex)) + delimiter;
        return true;
    }

    private static string? Annotation(IElement? math)
    {
        if (math is null)
        {
            return null;
        }
        foreach (var annotation in math.GetElementsByTagName("annotation"))
        {
            string? encoding = annotation.GetAttribute("encoding");
            if (encoding is not null && encoding.Contains("tex", StringComparison.OrdinalIgnoreCase))
            {
                return NonEmpty(annotation.TextContent);
            }
        }
        return null;
    }

    /// <summary><c>{\displaystyle x^2}</c> → <c>x^2</c>; other TeX as it is.</summary>
    internal static string Unwrap(string tex)
    {
        string trimmed = tex.Trim();
        foreach (string style in (ReadOnlySpan<string>)[@"{\displaystyle", @"{\textstyle", @"{\scriptstyle"])
        {
            if (trimmed.StartsWith(style, StringComparison.Ordinal) && trimmed.Length > style.Length + 1
                && !char.IsAsciiLetter(trimmed[style.Length]) && ClosingBrace(trimmed) == trimmed.Length - 1)
            {
                return trimmed[style.Length..^1].Trim();
            }
        }
        return trimmed;
    }

    /// <summary>Index of the brace closing the one at 0 (escaped braces <c>\{</c> skipped), or -1.</summary>
    private static int ClosingBrace(string tex)
    {
        int depth = 0;
        for (int i = 0; i < tex.Length; i++)
        {
            if (tex[i] == '\\')
            {
                i++;
            }
            else if (tex[i] == '{')
            {
                depth++;
            }
            else if (tex[i] == '}' && --depth == 0)
            {
                return i;
            }
        }
        return -1;
    }

    private static string Collapse(string tex) => string.Join(' ', tex.Split((char[])[' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool HasClassWord(IElement element, string word) =>
        element.ClassList.Contains(word);

    private static bool HasClassPrefix(IElement element, string prefix) =>
        element.ClassList.Any(c => c.StartsWith(prefix, StringComparison.Ordinal));
}
