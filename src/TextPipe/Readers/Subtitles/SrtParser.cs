namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Parses SubRip (SRT) text into cues. A cue starts at its timing line; its text runs to the next timing line.
/// The number line of the next cue, a line of digits just before its timing line, is not text. Keying on timing
/// lines rather than blank lines reads the files real tools write: missing numbers, extra blank lines inside a
/// cue, no blank line between cues.
/// </summary>
internal static class SrtParser
{
    /// <exception cref="InputException">No timing line at all: not a subtitle file.</exception>
    public static List<SubtitleCue> Parse(string text)
    {
        string[] lines = text.Split('\n');
        var cues = new List<SubtitleCue>();
        int cueStart = -1;
        TimeSpan start = default, end = default;
        for (int i = 0; i <= lines.Length; i++)
        {
            bool atEnd = i == lines.Length;
            TimeSpan nextStart = default, nextEnd = default;
            if (!atEnd && !CueTiming.TryParse(lines[i], out nextStart, out nextEnd))
            {
                continue;
            }
            if (cueStart >= 0)
            {
                int textEnd = atEnd ? lines.Length : EndBeforeNumber(lines, cueStart, i);
                cues.Add(MakeCue(start, end, lines.AsSpan(cueStart, textEnd - cueStart)));
            }
            if (!atEnd)
            {
                (start, end, cueStart) = (nextStart, nextEnd, i + 1);
            }
        }
        if (cues.Count == 0)
        {
            throw new InputException("not an SRT subtitle file: no cue timing line such as '00:00:01,000 --> 00:00:02,500'");
        }
        return cues;
    }

    /// <summary>Where the text of a cue ends when the next timing line is at <paramref name="timing"/>: before its number line, if any.</summary>
    private static int EndBeforeNumber(string[] lines, int from, int timing)
    {
        int end = timing;
        if (end - 1 >= from && IsNumber(lines[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static bool IsNumber(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return !trimmed.IsEmpty && trimmed.Length <= 9 && !trimmed.ContainsAnyExceptInRange('0', '9');
    }

    private static SubtitleCue MakeCue(TimeSpan start, TimeSpan end, ReadOnlySpan<string> lines)
    {
        string? speaker = null;
        var stripped = new List<string>(lines.Length);
        foreach (string line in lines)
        {
            stripped.Add(CueText.StripMarkup(line, ref speaker));
        }
        return new SubtitleCue(start, end, CueText.JoinLines(stripped), speaker);
    }
}
