namespace TextPipe.Cleanup.Rules;

/// <summary>
/// The speaker labels of a transcript worth removing: a name-like label at the start of a line (after a timestamp,
/// if any), followed by a colon and speech. A diarizer's numbered id (<c>SPEAKER_01:</c>) is a label wherever it
/// stands; a name or role (<c>Host:</c>, <c>JOHN SMITH:</c>, <c>主持人：</c>, <c>Q:</c>) only when labelled lines
/// come in turns — two or more in the document — so one <c>UNIX TOOLBOX : …</c> line is not taken for dialogue.
/// </summary>
internal static class SpeakerTurns
{
    /// <summary>Labelled lines a document needs before names and roles count as speaker labels.</summary>
    public const int MinTurns = 2;

    /// <summary>The label names (as matched) that the rule may remove in this document.</summary>
    public static HashSet<string> Labels(CleanupContext context, Func<Documents.BlockKind, bool> isSpeech)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(isSpeech);
        var found = new List<string>();
        foreach (var block in context.Blocks)
        {
            if (!isSpeech(block.Kind))
            {
                continue;
            }
            string text = block.Text;
            for (int lineStart = 0; lineStart <= text.Length;)
            {
                int next = text.IndexOf('\n', lineStart);
                int lineEnd = next < 0 ? text.Length : next;
                if (Find(text, lineStart, lineEnd) is { } label)
                {
                    found.Add(label.Groups["label"].Value);
                }
                if (next < 0)
                {
                    break;
                }
                lineStart = next + 1;
            }
        }
        bool turns = found.Count >= MinTurns;
        return found.Where(label => turns || TranscriptNoise.IsNumberedSpeaker(label)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The speaker label at the start of the line [<paramref name="lineStart"/>, <paramref name="lineEnd"/>), after a timestamp, with speech after it.</summary>
    public static System.Text.RegularExpressions.Match? Find(string text, int lineStart, int lineEnd)
    {
        ArgumentNullException.ThrowIfNull(text);
        int at = lineStart;
        var stamp = TranscriptNoise.Timestamp(text, at);
        if (stamp.Success && stamp.Index + stamp.Length <= lineEnd)
        {
            at = stamp.Index + stamp.Length;
        }
        var label = TranscriptNoise.SpeakerLabel(text, at);
        int end = label.Index + label.Length;
        return label.Success && end <= lineEnd && TranscriptNoise.IsSpeechAfterLabel(text.AsSpan(end, lineEnd - end)) ? label : null;
    }
}
