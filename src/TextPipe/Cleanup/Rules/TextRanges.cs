namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Removal ranges several detectors found in one block, turned into the sorted, non-overlapping changes
/// <see cref="CleanupContext.Rewrite"/> wants: detectors work independently, so their ranges may
/// overlap (a filler clause next to a removed cue) and are merged first, keeping the first range's note;
/// ranges that only touch stay separate edits with their own notes.
/// </summary>
internal sealed class TextRanges
{
    private readonly List<(int Start, int End, string Note)> ranges = [];

    public int Count => ranges.Count;

    public void Add(int start, int end, string note)
    {
        if (end > start)
        {
            ranges.Add((start, end, note));
        }
    }

    /// <summary>True when [start, end) overlaps a range already added.</summary>
    public bool Overlaps(int start, int end) => ranges.Exists(r => r.Start < end && start < r.End);

    public List<TextChange> ToRemovals()
    {
        var sorted = ranges.OrderBy(r => r.Start).ThenByDescending(r => r.End).ToList();
        var changes = new List<TextChange>(sorted.Count);
        int i = 0;
        while (i < sorted.Count)
        {
            var (start, end, note) = sorted[i++];
            while (i < sorted.Count && sorted[i].Start < end)
            {
                end = Math.Max(end, sorted[i++].End);
            }
            changes.Add(TextChange.Remove(start, end - start, note));
        }
        return changes;
    }
}
