namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Recognises SubRip saved as plain text: the first non-blank line is a cue number and the next one a timing
/// line (<c>1</c>, then <c>00:00:01,000 --> 00:00:02,000</c>). Prose never starts like that.
/// </summary>
public sealed class SrtSniffer : ITextFormatSniffer
{
    public string Format => SrtReader.FormatId;

    public bool Matches(string text, out string evidence)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rest = text.AsSpan().TrimStart('\uFEFF').TrimStart();
        bool matches = false;
        int firstEnd = rest.IndexOf('\n');
        if (firstEnd > 0)
        {
            var number = rest[..firstEnd].Trim();
            var next = rest[(firstEnd + 1)..];
            int secondEnd = next.IndexOf('\n');
            var timing = secondEnd < 0 ? next : next[..secondEnd];
            matches = !number.IsEmpty && number.Length <= 9 && !number.ContainsAnyExceptInRange('0', '9')
                && CueTiming.TryParse(timing.TrimEnd('\r'), out _, out _);
        }
        evidence = matches ? "SRT cue number and timing line" : "no SRT cue at the start";
        return matches;
    }
}
