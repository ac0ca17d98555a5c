namespace TextPipe.Readers.Subtitles;

/// <summary>One timed cue of a subtitle file, its markup stripped.</summary>
/// <param name="Start">When the cue appears.</param>
/// <param name="End">When it disappears.</param>
/// <param name="Text">The cue's text: its display lines joined into one line (see <see cref="CueText.JoinLines"/>).</param>
/// <param name="Speaker">The voice the cue names (<c>&lt;v Anna&gt;</c> in WebVTT), or null.</param>
public sealed record SubtitleCue(TimeSpan Start, TimeSpan End, string Text, string? Speaker);
