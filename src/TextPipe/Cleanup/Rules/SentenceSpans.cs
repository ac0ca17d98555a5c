namespace TextPipe.Cleanup.Rules;

/// <summary>
/// A rough sentence splitter for rules that must drop or flag a whole sentence (garbled-numbers). It cuts
/// after 。！？!? (and closing quotes or brackets right after them), after a full stop followed by space or
/// the end, after a CJK ellipsis followed by a CJK letter, and at line ends; each span carries the whitespace after it, so removing a span leaves the
/// text around it well joined. Not the product's sentence segmenter (that one comes with segmentation):
/// abbreviations such as "Dr." cut a sentence here, which only makes a dropped unit smaller.
/// </summary>
public static class SentenceSpans
{
    /// <summary>Sentence spans (start, length) covering <paramref name="text"/> end to end, in order.</summary>
    public static List<(int Start, int Length)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Every line break ends a span: sized for them, a text of millions of lines does not grow the list by doubling.
        var spans = new List<(int, int)>(text.AsSpan().Count('\n') + 1);
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool end = c is '。' or '！' or '？' or '!' or '?' or '\n'
                || (c == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsCloser(text[i + 1])))
                || EllipsisBeforeCjk(text, i);
            i++;
            if (!end)
            {
                continue;
            }
            while (i < text.Length && c != '\n' && IsCloser(text[i]))
            {
                i++;
            }
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            spans.Add((start, i - start));
            start = i;
        }
        if (start < text.Length)
        {
            spans.Add((start, text.Length - start));
        }
        return spans;
    }

    /// <summary>The last mark of a CJK ellipsis (……, ⋯⋯) with a CJK letter right after it: 他等了很久……电话终于响了。</summary>
    private static bool EllipsisBeforeCjk(string text, int i) =>
        text[i] is '…' or '⋯' && i + 1 < text.Length && TextPipe.Text.Scripts.IsCjkLetter(text[i + 1]);

        private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’' or '」' or '』' or '）' or '》' or '»' or '】';
}
