namespace TextPipe.Segmentation.Sentences;

/// <summary>Turns cut positions into trimmed sentence ranges, and breaks over-long CJK sentences at commas.</summary>
internal static class SentenceRanges
{
    /// <summary>
    /// Ranges between cuts, trimmed of whitespace; a piece with no letter or digit (<c>. . .</c>, a lone bullet)
    /// is joined to the sentence before it (or after it, at the start) rather than standing alone.
    /// </summary>
    public static List<(int Start, int End)> FromCuts(string text, List<int> cuts)
    {
        var ranges = new List<(int Start, int End)>();
        bool pendingLead = false;
        int leadStart = 0;
        int previous = 0;
        for (int c = 0; c <= cuts.Count; c++)
        {
            int cut = c < cuts.Count ? Math.Clamp(cuts[c], 0, text.Length) : text.Length;
            if (cut <= previous)
            {
                continue;
            }
            var (start, end) = Trim(text, previous, cut);
            previous = cut;
            if (start >= end)
            {
                continue;
            }
            if (!HasLetterOrDigit(text, start, end))
            {
                if (ranges.Count > 0)
                {
                    ranges[^1] = (ranges[^1].Start, end);
                }
                else if (!pendingLead)
                {
                    pendingLead = true;
                    leadStart = start;
                }
                continue;
            }
            if (pendingLead && ranges.Count == 0)
            {
                start = leadStart;
                pendingLead = false;
            }
            ranges.Add((start, end));
        }
        if (pendingLead && ranges.Count == 0)
        {
            var (start, end) = Trim(text, leadStart, text.Length);
            if (start < end)
            {
                ranges.Add((start, end));
            }
        }
        return ranges;
    }

    public static List<(int Start, int End)> ApplySoftLimit(string text, List<(int Start, int End)> ranges, int limit)
    {
        var result = new List<(int Start, int End)>(ranges.Count);
        foreach (var (start, end) in ranges)
        {
            int since = start;
            for (int i = start; i < end - 1; i++)
            {
                if (text[i] is '，' or ',' && i + 1 - since >= limit)
                {
                    var piece = Trim(text, since, i + 1);
                    result.Add(piece);
                    since = i + 1;
                }
            }
            var rest = Trim(text, since, end);
            if (rest.Start < rest.End)
            {
                result.Add(rest);
            }
        }
        return result;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && Punctuation.IsSpaceOrFormat(text[start]))
        {
            start++;
        }
        while (end > start && Punctuation.IsSpaceOrFormat(text[end - 1]))
        {
            end--;
        }
        return (start, end);
    }

    private static bool HasLetterOrDigit(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i]))
            {
                return true;
            }
        }
        return false;
    }
}
