using System.Collections.Immutable;
using System.Globalization;
using TextPipe.Documents;

namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Parses WebVTT text into cues. The file starts with <c>WEBVTT</c>; the header (<c>Kind:</c>, <c>Language:</c>
/// lines) and <c>NOTE</c>, <c>STYLE</c> and <c>REGION</c> blocks are skipped; a cue is an optional identifier line,
/// a timing line with optional settings, and its payload. Real files bend the layout, so a timing line starts a
/// cue wherever it is (also without a blank line before it: a cue payload cannot contain <c>--&gt;</c>), and a
/// line of spaces right after a timing line is payload, not the end of the cue (YouTube writes one). Then
/// <see cref="RollingCaptions"/> shows each line of rolling captions once, and a leading <c>[Name]</c> becomes
/// the cue's speaker (<see cref="BracketSpeaker"/>). Text outside any cue is left out and flagged.
/// </summary>
internal static class VttParser
{
    /// <exception cref="InputException">No WEBVTT signature, or no cue at all.</exception>
    public static VttContent Parse(string text)
    {
        if (!HasSignature(text))
        {
            throw new InputException("not a WebVTT file: it must start with 'WEBVTT'");
        }
        string[] lines = text.Split('\n');
        var cues = new List<RollingCaptions.Cue>();
        var outside = new OutsideLines();
        PendingCue? cue = null;
        int i = SkipHeader(lines);
        while (i < lines.Length)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.AsSpan().IsWhiteSpace())
            {
                // An empty line ends a cue; a line of spaces does too, unless the cue has no payload yet.
                if (cue is not null && (line.Length == 0 || cue.Payload.Count > 0))
                {
                    cues.Add(cue.Finish());
                    cue = null;
                }
                outside.EndBlock();
                i++;
                continue;
            }
            if (CueTiming.TryParse(line, out var start, out var end))
            {
                if (cue is not null)
                {
                    cue.DropTrailingIdentifier();
                    cues.Add(cue.Finish());
                }
                outside.BeforeTiming();
                cue = new PendingCue(start, end);
                i++;
                continue;
            }
            if (cue is not null)
            {
                cue.Payload.Add(line);
            }
            else if (outside.AtBlockStart && IsSkippedBlock(line))
            {
                i = SkipBlock(lines, i);
                continue;
            }
            else
            {
                outside.Add(i + 1, line);
            }
            i++;
        }
        if (cue is not null)
        {
            cues.Add(cue.Finish());
        }
        outside.EndBlock();
        if (cues.Count == 0)
        {
            throw new InputException("WebVTT file without cues: no timing line such as '00:01.000 --> 00:02.500'");
        }
        var rolled = RollingCaptions.ShowOnce(cues);
        var result = rolled.Cues
            .Select(c => BracketSpeaker.Apply(c))
            .Select(c => new SubtitleCue(c.Start, c.End, CueText.JoinLines(c.Lines), c.Speaker))
            .ToList();
        var flags = ImmutableArray.CreateBuilder<Flag>();
        if (outside.Count > 0)
        {
            flags.Add(new Flag(DroppedTextFlag, string.Create(CultureInfo.InvariantCulture,
                $"vtt: {outside.Count} line{(outside.Count == 1 ? "" : "s")} outside any cue (no timing line) left out, first at line {outside.FirstLine}")));
        }
        if (rolled.RepeatedLines > 0)
        {
            flags.Add(new Flag(RollingCaptionsFlag, string.Create(CultureInfo.InvariantCulture,
                $"vtt: rolling captions; {rolled.RepeatedLines} repeated line{(rolled.RepeatedLines == 1 ? "" : "s")} shown once")));
        }
        return new VttContent(result, flags.ToImmutable());
    }

    public const string DroppedTextFlag = ReaderFlagCodes.DroppedText;

    public const string RollingCaptionsFlag = "rolling-captions";

    /// <summary><c>WEBVTT</c> at the start (after a byte order mark), then the end of the line, a space or a tab.</summary>
    public static bool HasSignature(ReadOnlySpan<char> text)
    {
        text = text.TrimStart('\uFEFF');
        return text.StartsWith("WEBVTT", StringComparison.Ordinal)
            && (text.Length == 6 || text[6] is ' ' or '\t' or '\n' or '\r');
    }

    /// <summary>The header is the signature line and the lines up to the first blank line or timing line.</summary>
    private static int SkipHeader(string[] lines)
    {
        int i = 1;
        while (i < lines.Length && !lines[i].AsSpan().IsWhiteSpace() && !CueTiming.TryParse(lines[i], out _, out _))
        {
            i++;
        }
        return i;
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

    private sealed class PendingCue(TimeSpan start, TimeSpan end)
    {
        public List<string> Payload { get; } = [];

        /// <summary>
        /// Without a blank line before the next timing line, a number just above it is that cue's identifier (as
        /// in SRT), not the last words of this one.
        /// </summary>
        public void DropTrailingIdentifier()
        {
            if (Payload.Count > 0 && Payload[^1].Trim() is { Length: > 0 } last && last.All(char.IsAsciiDigit))
            {
                Payload.RemoveAt(Payload.Count - 1);
            }
        }

        public RollingCaptions.Cue Finish()
        {
            string? speaker = null;
            var lines = new List<string>(Payload.Count);
            foreach (string line in Payload)
            {
                string text = CueText.StripMarkup(line, ref speaker).Trim();
                if (text.Length > 0)
                {
                    lines.Add(text);
                }
            }
            return new RollingCaptions.Cue(start, end, lines, speaker);
        }
    }

    /// <summary>Lines that belong to no cue; the last one before a timing line is that cue's identifier, not text.</summary>
    private sealed class OutsideLines
    {
        private readonly List<int> _block = [];

        public int Count { get; private set; }

        public int FirstLine { get; private set; }

        public bool AtBlockStart => _block.Count == 0;

        public void Add(int lineNumber, string line) => _block.Add(lineNumber);

        public void BeforeTiming()
        {
            if (_block.Count > 0)
            {
                _block.RemoveAt(_block.Count - 1); // the cue identifier
            }
            EndBlock();
        }

        public void EndBlock()
        {
            if (_block.Count > 0 && Count == 0)
            {
                FirstLine = _block[0];
            }
            Count += _block.Count;
            _block.Clear();
        }
    }
}

/// <summary>The cues of a WebVTT file and what the parser found worth flagging.</summary>
internal sealed record VttContent(List<SubtitleCue> Cues, ImmutableArray<Flag> Flags);
