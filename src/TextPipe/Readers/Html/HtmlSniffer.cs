namespace TextPipe.Readers.Html;

/// <summary>
/// Recognises an HTML page saved without an HTML extension (a <c>.txt</c> download, a page piped on stdin):
/// the text must open, after white space and comments, with <c>&lt;!DOCTYPE html</c>, <c>&lt;html</c>, or an
/// XML declaration followed by <c>&lt;html</c>. Conservative on purpose: prose that mentions a tag, or a
/// Markdown file with inline HTML, does not start that way.
/// </summary>
public sealed class HtmlSniffer : ITextFormatSniffer
{
    public string Format => HtmlReader.FormatId;

    public bool Matches(string text, out string evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = SkipPrologue(text.AsSpan());
        if (rest.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            int end = rest.IndexOf("?>", StringComparison.Ordinal);
            rest = end < 0 ? [] : SkipPrologue(rest[(end + 2)..]);
        }
        bool doctype = rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase);
        bool root = rest.StartsWith("<html", StringComparison.OrdinalIgnoreCase) && rest.Length > 5 && (rest[5] is '>' or '/' || char.IsWhiteSpace(rest[5]));
        evidence = doctype ? "starts with <!DOCTYPE html>" : root ? "starts with <html>" : "no HTML document start";
        return doctype || root;
    }

    /// <summary>Skips white space and HTML comments at the start.</summary>
    private static ReadOnlySpan<char> SkipPrologue(ReadOnlySpan<char> text)
    {
        while (true)
        {
            text = text.TrimStart();
            if (!text.StartsWith("<!--", StringComparison.Ordinal))
            {
                return text;
            }
            int end = text.IndexOf("-->", StringComparison.Ordinal);
            if (end < 0)
            {
                return [];
            }
            text = text[(end + 3)..];
        }
    }
}
