using System.Text.RegularExpressions;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// The line-level marks speech-to-text and subtitle exports leave: bracketed sound cues, music notes,
/// timestamps and speaker labels at line start, and filler words.
/// </summary>
internal static partial class TranscriptNoise
{
    /// <summary>Sound cues: <c>[Music]</c>, <c>(applause)</c>, <c>[soft music playing]</c>, <c>(rires)</c>, <c>[音乐]</c>, <c>（掌声）</c>.</summary>
    public static MatchCollection Cues(string text) => CuePattern().Matches(text);

    /// <summary>A run of lyrics between music notes (<c>♪ la la ♪</c>) or a lone note.</summary>
    public static MatchCollection MusicNotes(string text) => MusicPattern().Matches(text);

    /// <summary>
    /// Sound descriptions of subtitles for the deaf and hard of hearing, which put any sound in square brackets
    /// (<c>[WAVES CRASHING]</c>, <c>[door creaks]</c>) or in upper case in parentheses (<c>(PHONE RINGS)</c>).
    /// Only for subtitle files: in other text, brackets hold citations, editorial notes and asides.
    /// </summary>
    public static MatchCollection SubtitleCues(string text) => SubtitleCuePattern().Matches(text);

    /// <summary>A timestamp or time range at the start of the line beginning at <paramref name="lineStart"/>.</summary>
    public static Match Timestamp(string text, int lineStart) => TimestampPattern().Match(text, lineStart);

    /// <summary>
    /// Timestamps that only subtitle and transcript exports write — with seconds (<c>00:01:23</c>), in
    /// brackets (<c>[00:12]</c>) or as a range with an arrow — count as evidence that a document is a
    /// transcript; a bare <c>12:30</c> at line start could be an agenda.
    /// </summary>
    public static bool IsTranscriptTimestamp(string value) =>
        value.Contains('[', StringComparison.Ordinal) || value.Contains('(', StringComparison.Ordinal)
        || value.Contains("-->", StringComparison.Ordinal) || value.Count(c => c == ':') >= 2;

    /// <summary>A speaker label (<c>SPEAKER_01:</c>, <c>主持人：</c>, <c>Q:</c>, <c>JOHN SMITH:</c>) at <paramref name="at"/>.</summary>
    public static Match SpeakerLabel(string text, int at) => SpeakerPattern().Match(text, at);

    /// <summary>
    /// A speaker id a diarizer writes (<c>SPEAKER_01</c>, <c>Speaker 2</c>, <c>说话人1</c>, <c>Locuteur 3</c>): unlike
    /// a name or a role, it appears only in transcripts.
    /// </summary>
    public static bool IsNumberedSpeaker(string label) => NumberedSpeaker().IsMatch(label);

    /// <summary>
    /// True when what follows a label's colon is speech: not another colon-word (<c>:worried:</c>, a shortcode),
    /// not a URL's <c>//</c>, not nothing.
    /// </summary>
    public static bool IsSpeechAfterLabel(ReadOnlySpan<char> rest)
    {
        var trimmed = rest.Trim();
        return !trimmed.IsEmpty && !trimmed.StartsWith("//", StringComparison.Ordinal) && !ShortcodeTail().IsMatch(trimmed);
    }

    /// <summary>A clause that is nothing but hesitation: <c>呃</c>, <c>嗯嗯</c>, <c>um</c>, <c>uh</c>, <c>euh</c>.</summary>
    public static bool IsFillerClause(ReadOnlySpan<char> clause) =>
        (clause.Length is >= 1 and <= 3 && IsAllCjkFiller(clause)) || LatinFillerClause().IsMatch(clause);

    /// <summary>Latin filler words inside a clause (<c>I um think</c>); never <c>uh-huh</c> or <c>mm-hmm</c>, which answer.</summary>
    public static MatchCollection LatinFillers(string text) => LatinFillerWord().Matches(text);

    private static bool IsAllCjkFiller(ReadOnlySpan<char> clause)
    {
        foreach (char c in clause)
        {
            if (c is not ('呃' or '嗯' or '啊' or '哦' or '额'))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(
        @"[\[(]\s*(?:[A-Za-zÀ-ÿ]+\s+)?(?:music|applause|laughter|laughs|laughing|cheering|cheers|chuckles|sighs|silence|inaudible|crosstalk|noise|musique|applaudissements|rires|rire|bruit|silence)(?:\s+(?:playing|plays|continues|fades|ends|fades out|continue))?\s*[\])]"
        + @"|[\[【（(]\s*(?:背景)?(?:音乐声?|音樂聲?|掌声雷动|掌声|掌聲|笑声|笑聲|欢呼声?|歡呼聲?|鼓掌|众笑|大笑|笑|静音|杂音|听不清)\s*[\]】）)]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CuePattern();

    [GeneratedRegex(@"\[[ \t]*\p{L}[\p{L}'’ \t-]{0,60}\][ \t]*:?|\([ \t]*\p{Lu}[\p{Lu}'’ \t-]{2,60}\)")]
    private static partial Regex SubtitleCuePattern();

    [GeneratedRegex(@"[♪♫♬][^♪♫♬\n]{0,300}[♪♫♬]+|[♪♫♬]+")]
    private static partial Regex MusicPattern();

    private const string Clock = @"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?";

    [GeneratedRegex(@"\G[ \t]*(?:[\[(][ \t]*" + Clock + @"[ \t]*[\])]|" + Clock + @")(?:[ \t]*(?:-->|[-–—~])[ \t]*(?:[\[(][ \t]*" + Clock + @"[ \t]*[\])]|" + Clock + @"))?(?:[ \t]+|(?![A-Za-z0-9:]))")]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(
        @"\G[ \t]*(?<label>SPEAKER[_ ]?\d{1,3}|Speaker[ _]?\d{1,3}|Intervenante?[ _]?\d{0,3}|Locuteur[ _]?\d{1,3}|说话人[ _]?\d{1,3}|发言人[ _]?\d{0,3}|Q|A|Host|Interviewer|Moderator|Narrator|Audience|Animateur|Animatrice|Journaliste|主持人|记者|嘉宾|观众|提问|问|答|旁白|[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2})[ \t]*[:：][ \t]*")]
    private static partial Regex SpeakerPattern();

    [GeneratedRegex(@"^(?:SPEAKER[_ ]?\d{1,3}|Speaker[ _]?\d{1,3}|Intervenante?[ _]?\d{1,3}|Locuteur[ _]?\d{1,3}|说话人[ _]?\d{1,3}|发言人[ _]?\d{1,3})$")]
    private static partial Regex NumberedSpeaker();

    [GeneratedRegex(@"^[a-z0-9_+-]+:")]
    private static partial Regex ShortcodeTail();

    [GeneratedRegex(@"^(?:(?:u+m+|u+h+m*|erm+|er+|hmm+|mm+|euh+|heu+)(?:\s+|$))+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LatinFillerClause();

    // "er" is left out here (German "he"); standalone "er," is still a filler clause.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?:u+m+|u+h+m*|erm+|hmm+|euh+|heu+)(?![\p{L}\p{N}'’-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LatinFillerWord();
}
