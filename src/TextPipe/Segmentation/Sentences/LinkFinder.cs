namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// Finds URLs (<c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>www.</c>) and e-mail addresses, whose periods are
/// not full stops. Trailing punctuation (<c>example.com.</c>) is left outside the span so it can still end a sentence.
/// </summary>
internal static class LinkFinder
{
    private static readonly string[] UrlStarts = ["http://", "https://", "ftp://", "www."];

    public static List<(int Start, int End)> Find(string text)
    {
        var spans = new List<(int Start, int End)>();
        int i = 0;
        while (i < text.Length)
        {
            int end = TryUrl(text, i);
            if (end < 0 && text[i] == '@')
            {
                var email = TryEmail(text, i);
                if (email.End > 0)
                {
                    // The local part was scanned over already as ordinary text; replace nothing, just record it.
                    spans.Add(email);
                    i = email.End;
                    continue;
                }
            }
            if (end > 0)
            {
                spans.Add((i, end));
                i = end;
                continue;
            }
            i++;
        }
        spans.Sort();
        return spans;
    }

    private static int TryUrl(string text, int start)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            return -1;
        }
        foreach (var prefix in UrlStarts)
        {
            if (string.CompareOrdinal(text, start, prefix, 0, prefix.Length) == 0)
            {
                int end = start + prefix.Length;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>' or '"' or '«' or '»' or '“' or '”'))
                {
                    end++;
                }
                end = TrimTrailingPunctuation(text, start + prefix.Length, end);
                return end > start + prefix.Length ? end : -1;
            }
        }
        return -1;
    }

    private static (int Start, int End) TryEmail(string text, int at)
    {
        int start = at;
        while (start > 0 && IsLocalPartChar(text[start - 1]))
        {
            start--;
        }
        int end = at + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-'))
        {
            end++;
        }
        end = TrimTrailingPunctuation(text, at + 1, end);
        bool hasDomainDot = text.AsSpan(at + 1, end - at - 1).Contains('.');
        return start < at && hasDomainDot ? (start, end) : (0, 0);
    }

    private static bool IsLocalPartChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private static int TrimTrailingPunctuation(string text, int min, int end)
    {
        while (end > min && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '’')
        {
            // Keep a closing bracket that has its opener inside the URL (Wikipedia-style links).
            if (text[end - 1] == ')' && text.AsSpan(min, end - min).Contains('('))
            {
                break;
            }
            end--;
        }
        return end;
    }
}
