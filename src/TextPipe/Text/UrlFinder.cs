using System.Text.RegularExpressions;

namespace TextPipe.Text;

/// <summary>A URL or e-mail address found in text.</summary>
public readonly record struct UrlMatch(int Start, int Length, bool IsEmail)
{
    public int End => Start + Length;
}

/// <summary>
/// Finds URLs (<c>http(s)://</c>, <c>ftp://</c>, <c>www.</c>, and bare domains with a known top-level domain
/// only when a path follows, <c>example.com/path</c>) and e-mail addresses in running text. A URL stops at
/// whitespace, quotes, angle brackets and CJK characters (Chinese text runs straight on after a URL), and
/// trailing sentence punctuation or an unbalanced closing bracket is not part of it, so
/// <c>(see https://en.wikipedia.org/wiki/Rust_(language)).</c> yields the URL with its own parentheses only.
/// </summary>
public static partial class UrlFinder
{
    public static List<UrlMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<UrlMatch>();
        if (!MayContainUrl(text))
        {
            return found;
        }
        foreach (Match m in Candidates().Matches(text))
        {
            bool email = m.Groups["email"].Success;
            int length = email ? m.Length : TrimmedLength(text, m.Index, m.Length, m.Groups["head"].Length);
            if (length > 0)
            {
                found.Add(new UrlMatch(m.Index, length, email));
            }
        }
        return found;
    }

    /// <summary>True when <paramref name="url"/>'s path (before any query or fragment) names an image file.</summary>
    public static bool IsImageUrl(ReadOnlySpan<char> url)
    {
        int cut = url.IndexOfAny('?', '#');
        var path = cut >= 0 ? url[..cut] : url;
        return ImageExtension().IsMatch(path);
    }

    // Cheap pre-check: most paragraphs have no URL at all.
    private static bool MayContainUrl(string text) =>
        text.Contains('@') || text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains('/');

    private static int TrimmedLength(string text, int start, int length, int head)
    {
        int end = start + length;
        while (end > start + head)
        {
            char c = text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '*' or '…' ||
                (c is ')' && Unbalanced(text, start, end, '(', ')')) ||
                (c is ']' && Unbalanced(text, start, end, '[', ']')) ||
                (c is '}' && Unbalanced(text, start, end, '{', '}')))
            {
                end--;
            }
            else
            {
                break;
            }
        }
        return end - start > head ? end - start : 0;
    }

    private static bool Unbalanced(string text, int start, int end, char open, char close)
    {
        int depth = 0;
        for (int i = start; i < end; i++)
        {
            if (text[i] == open)
            {
                depth++;
            }
            else if (text[i] == close)
            {
                depth--;
            }
        }
        return depth < 0;
    }

    // The URL body excludes whitespace, quotes, angle brackets, backslash and CJK letters/punctuation/full-width forms.
    private const string Body = @"[^\s<>""'`{}|\\^\u2E80-\u2FFF\u3000-\u303F\u3040-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’«»]";

    private const string Domain = @"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+";

    private const string KnownTld = "(?:com|org|net|edu|gov|mil|int|info|biz|io|ai|co|me|tv|app|dev|cn|hk|tw|mo|jp|kr|sg|fr|de|uk|eu|be|ch|ca|us|ru|it|es|nl|au|in|br|pt|se|no|dk|fi|pl|at|ie|nz|za|mx|ar|lu|ma|sn|ci|qc)";

    [GeneratedRegex(
        @"(?<![A-Za-z0-9_@.:/-])(?:" +
            @"(?<head>(?:https?|ftp)://|www\.)" + Body + "+" +
            @"|(?<email>[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@" + Domain + @"[A-Za-z]{2,24}(?![\w-]))" +
            @"|(?<head>" + Domain + KnownTld + @")(?=/)" + Body + "+" +
        ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Candidates();

    [GeneratedRegex(@"\.(?:png|jpe?g|gif|webp|svg|bmp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageExtension();
}
