namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Whether a document writes literals in straight quotes: a pair of them on one line around something that is not
/// Chinese (<c>"systemctl isolate $unit"</c>, <c>"/etc/fstab"</c>, <c>"●"</c>), outside protected text. Such a
/// document's quoted Chinese (<c>轉換到 "圖形"</c>, the name of a mode) is one of its literals, and curling it would
/// make it look like speech; the punctuation rule leaves every straight quote of the document as written.
/// </summary>
internal static class StraightQuotedLiterals
{
    public static bool In(IReadOnlyList<CleanBlock> blocks)
    {
        foreach (var block in blocks)
        {
            string text = block.Text;
            if (block.Kind == Documents.BlockKind.Code || !text.Contains('"'))
            {
                continue;
            }
            bool[] shielded = ProtectedText.Mask(text);
            int lineStart = 0;
            while (lineStart <= text.Length)
            {
                int lineEnd = text.IndexOf('\n', lineStart);
                if (lineEnd < 0)
                {
                    lineEnd = text.Length;
                }
                if (LineQuotesLiteral(text, lineStart, lineEnd, shielded))
                {
                    return true;
                }
                lineStart = lineEnd + 1;
            }
        }
        return false;
    }

    private static bool LineQuotesLiteral(string text, int start, int end, bool[] shielded)
    {
        var quotes = new List<int>();
        for (int i = start; i < end; i++)
        {
            if (text[i] == '"' && !shielded[i])
            {
                quotes.Add(i);
            }
        }
        if (quotes.Count % 2 != 0)
        {
            return false;
        }
        for (int q = 0; q + 1 < quotes.Count; q += 2)
        {
            if (quotes[q + 1] > quotes[q] + 1 && !ChineseContent.Is(text, quotes[q] + 1, quotes[q + 1]))
            {
                return true;
            }
        }
        return false;
    }
}
