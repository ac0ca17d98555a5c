namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Shows each line of rolling captions once. Live and automatic captions (YouTube's among them) scroll: each
/// cue repeats the line before at its top and adds one below, and between two such cues a cue of a few
/// milliseconds repeats the screen as it stands. Read as text, every line would come twice or three times.
/// A cue's leading lines are dropped when they are the previous cue's last lines and new lines follow them;
/// a cue that only repeats the previous cue's last lines is dropped when it lasts under
/// <see cref="SnapshotLength"/> (no one can read it: it is the screen held still). A cue that repeats the line
/// before and lasts long enough to be read (someone saying "No." twice) is speech, and stays.
/// </summary>
internal static class RollingCaptions
{
    public static readonly TimeSpan SnapshotLength = TimeSpan.FromMilliseconds(100);

    /// <summary>A cue as display lines, markup stripped, blank lines gone.</summary>
    public sealed record Cue(TimeSpan Start, TimeSpan End, IReadOnlyList<string> Lines, string? Speaker);

    public static (List<Cue> Cues, int RepeatedLines) ShowOnce(IReadOnlyList<Cue> cues)
    {
        var result = new List<Cue>(cues.Count);
        IReadOnlyList<string> previous = [];
        int repeated = 0;
        foreach (var cue in cues)
        {
            int carried = CarriedLines(previous, cue.Lines);
            bool rolls = carried > 0 && carried < cue.Lines.Count;
            bool snapshot = carried > 0 && carried == cue.Lines.Count && cue.End - cue.Start < SnapshotLength;
            if (rolls || snapshot)
            {
                repeated += carried;
                result.Add(cue with { Lines = [.. cue.Lines.Skip(carried)] });
            }
            else
            {
                result.Add(cue);
            }
            previous = cue.Lines;
        }
        return (result, repeated);
    }

    /// <summary>The largest k such that the first k lines of <paramref name="current"/> are the last k of <paramref name="previous"/>.</summary>
    private static int CarriedLines(IReadOnlyList<string> previous, IReadOnlyList<string> current)
    {
        for (int k = Math.Min(previous.Count, current.Count); k > 0; k--)
        {
            bool same = true;
            for (int j = 0; j < k && same; j++)
            {
                same = string.Equals(previous[previous.Count - k + j], current[j], StringComparison.Ordinal);
            }
            if (same)
            {
                return k;
            }
        }
        return 0;
    }
}
