namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Parses WebVTT text into cues. The file starts with <c>WEBVTT</c>; blocks are separated by blank lines; the
/// header block (<c>Kind:</c>, <c>Language:</c> lines) and <c>NOTE</c>, <c>STYLE</c> and <c>REGION</c> blocks are
/// skipped; a cue block is an optional identifier line, a timing line with optional settings, and its payload.
/// </summary>
internal static class VttParser
{
    /// <exception cref="InputException">No WEBVTT signature, or no cue at all.</exception>
    public static List<SubtitleCue> Parse(string text)
    {
        if (!HasSignature(text))
        {
            throw new InputException("not a WebVTT file: it must start with 'WEBVTT'");
        }
        string[] lines = text.Split('\n');
        var cues = new List<SubtitleCue>();
        int i = SkipBlock(lines, 0); // the header
        while (i < lines.Length)
        {
            if (lines[i].AsSpan().IsWhiteSpace())
            {
                i++;
                continue;
            }
            int blockEnd = SkipBlock(lines, i);
            if (!IsSkippedBlock(lines[i]))
            {
                ReadCue(lines, i, blockEnd, cues);
            }
            i = blockEnd;
        }
        if (cues.Count == 0)
        {
            throw new InputException("WebVTT file without cues: no timing line such as '00:01.000 --> 00:02.500'");
        }
        return cues;
    }

    /// <summary><c>WEBVTT</c> at the start (after a byte order mark), then the end of the line, a space or a tab.</summary>
    public static bool HasSignature(ReadOnlySpan<char> text)
    {
        text = text.TrimStart('\uFEFF');
        return text.StartsWith("WEBVTT", StringComparison.Ordinal)
            && (text.Length == 6 || text[6] is ' ' or '\t' or '\n' or '\r');
    }

    private static int SkipBlock(string[] lines, int i)
    {
        while (i < lines.Length && !lines[i].AsSpan().IsWhiteSpace())
        {
            i++;
        }
        return i;
    }

    private static bool IsSkippedBlock(string firstLine) =>
        !firstLine.Contains("-->", StringComparison.Ordinal)
        && (IsKeyword(firstLine, "NOTE") || IsKeyword(firstLine, "STYLE") || IsKeyword(firstLine, "REGION"));

    private static bool IsKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');

    /// <summary>A cue block: the timing line is its first or second line (after an identifier); a block without one is not a cue.</summary>
    private static void ReadCue(string[] lines, int start, int end, List<SubtitleCue> cues)
    {
        for (int t = start; t < end && t <= start + 1; t++)
        {
            if (CueTiming.TryParse(lines[t], out var cueStart, out var cueEnd))
            {
                string? speaker = null;
                var payload = new List<string>(end - t - 1);
                for (int p = t + 1; p < end; p++)
                {
                    payload.Add(CueText.StripMarkup(lines[p], ref speaker));
                }
                cues.Add(new SubtitleCue(cueStart, cueEnd, CueText.JoinLines(payload), speaker));
                return;
            }
        }
    }
}
