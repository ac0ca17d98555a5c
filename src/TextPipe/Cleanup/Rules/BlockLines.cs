namespace TextPipe.Cleanup.Rules;

/// <summary>
/// The lines of a block (split at single <c>\n</c>) and the text changes that remove whole lines. Rules that
/// judge lines (images, URLs, boilerplate) share it so that a removed line takes exactly one line break with
/// it, and a run of removed lines at the end of a block takes the breaks before it: no blank line is left
/// behind and no two changes claim the same break.
/// </summary>
internal static class BlockLines
{
    /// <summary>Spans of the block's lines, without their line breaks.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        // Sized from a vectorised count of the breaks: every rule that judges lines splits every block, and a list
        // grown line by line copied and dropped an array at each doubling.
        var lines = new List<(int, int)>(text.AsSpan().Count('\n') + 1);
        int start = 0;
        while (true)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
            {
                lines.Add((start, text.Length));
                return lines;
            }
            lines.Add((start, end));
            start = end + 1;
        }
    }

    public static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Merges whole-line removals (units of consecutive lines <c>First..Last</c>, each one edit) with changes
    /// inside kept lines into one sorted change list for <see cref="CleanupContext.Rewrite"/>. Partial changes
    /// on a removed line are dropped: the line goes anyway.
    /// </summary>
    public static List<TextChange> Compose(
        string text,
        List<(int Start, int End)> lines,
        IEnumerable<(int First, int Last, string Note)> removedLines,
        IEnumerable<TextChange> partial)
    {
        var units = removedLines.OrderBy(u => u.First).ToList();
        var removed = new bool[lines.Count];
        foreach (var (first, last, _) in units)
        {
            for (int i = first; i <= last; i++)
            {
                removed[i] = true;
            }
        }
        // Lines from tailStart to the end are all removed: they take the break before them, if a kept line precedes.
        int tailStart = lines.Count;
        while (tailStart > 0 && removed[tailStart - 1])
        {
            tailStart--;
        }
        bool keptBeforeTail = tailStart > 0;

        var changes = new List<TextChange>();
        foreach (var (first, last, note) in units)
        {
            int start = lines[first].Start;
            int end = lines[last].End;
            if (first >= tailStart && keptBeforeTail)
            {
                start--;
            }
            else if (last < lines.Count - 1)
            {
                end++;
            }
            changes.Add(TextChange.Remove(start, end - start, note));
        }
        foreach (var change in partial)
        {
            int line = LineOf(lines, change.Start);
            if (!removed[line])
            {
                changes.Add(change);
            }
        }
        changes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return changes;
    }

    public static int LineOf(List<(int Start, int End)> lines, int position)
    {
        int lo = 0;
        int hi = lines.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (lines[mid].Start <= position)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
