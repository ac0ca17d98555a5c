using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Decides whether a document is a speech transcript, from marks written text does not have: a subtitle format,
/// sound cues, subtitle-style timestamps, speaker ids a diarizer numbered, a density of fillers, or Chinese
/// punctuated the way a recogniser punctuates. Fillers, repeats and <c>Name:</c> lines are deliberate in written
/// text, so without such evidence the transcript rule does nothing.
/// </summary>
internal static class TranscriptEvidence
{
    /// <summary>Standalone filler clauses (<c>呃，</c>, <c>um,</c>) a document needs, and at most this many characters per filler.</summary>
    public const int MinFillers = 5;

    private const int CharsPerFiller = 400;

    /// <summary>CJK letters of prose lines needed before their punctuation says anything.</summary>
    private const int MinCjkLetters = 300;

    public static bool IsTranscript(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Options.AssumeTranscript || IsSubtitles(context))
        {
            return true;
        }
        int timestamps = 0, speakerIds = 0, fillers = 0, chars = 0;
        var punctuation = new RecogniserPunctuation();
        foreach (var block in context.Blocks)
        {
            string text = block.Text;
            if (TranscriptNoise.Cues(text).Count > 0 || TranscriptNoise.MusicNotes(text).Count > 0)
            {
                return true;
            }
            chars += text.Length;
            for (int lineStart = 0; lineStart < text.Length;)
            {
                int next = text.IndexOf('\n', lineStart);
                int lineEnd = next < 0 ? text.Length : next;
                var stamp = TranscriptNoise.Timestamp(text, lineStart);
                int at = lineStart;
                if (stamp.Success && TranscriptNoise.IsTranscriptTimestamp(stamp.Value))
                {
                    timestamps++;
                    at = stamp.Index + stamp.Length;
                }
                var label = TranscriptNoise.SpeakerLabel(text, at);
                if (label.Success && label.Index + label.Length <= lineEnd && TranscriptNoise.IsNumberedSpeaker(label.Groups["label"].Value))
                {
                    speakerIds++;
                }
                if (block.Kind == BlockKind.Paragraph && IsProseLine(text.AsSpan(lineStart, lineEnd - lineStart)))
                {
                    punctuation.Add(text.AsSpan(lineStart, lineEnd - lineStart));
                }
                lineStart = next < 0 ? text.Length : next + 1;
            }
            if (block.Kind is BlockKind.Paragraph or BlockKind.Quote)
            {
                fillers += CountFillers(text);
            }
        }
        return timestamps >= 2 || speakerIds >= 2
            || (fillers >= MinFillers && fillers * CharsPerFiller >= chars)
            || punctuation.LooksRecognised;
    }

    /// <summary>Subtitle files (SRT, WebVTT) are transcripts by definition.</summary>
    public static bool IsSubtitles(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Metadata.Format is Readers.Subtitles.SrtReader.FormatId or Readers.Subtitles.VttReader.FormatId;
    }

    /// <summary>
    /// Lines of running text: list items, table rows, headings and lines with links or URLs (a README's link list,
    /// read as plain text) say nothing about how a speaker was punctuated.
    /// </summary>
    private static bool IsProseLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.IsEmpty || trimmed[0] is '-' or '*' or '+' or '|' or '#' or '>' or '•' or '·')
        {
            return false;
        }
        if (trimmed.Length > 1 && char.IsAsciiDigit(trimmed[0]) && trimmed.IndexOfAnyExceptInRange('0', '9') is int d && d > 0 && trimmed[d] is '.' or ')' or '、')
        {
            return false;
        }
        return !line.Contains("](", StringComparison.Ordinal) && !line.Contains("://", StringComparison.Ordinal) && !line.Contains("www.", StringComparison.Ordinal);
    }

    private static int CountFillers(string text)
    {
        int count = 0;
        foreach (var clause in Clauses.Split(text))
        {
            if (TranscriptNoise.IsFillerClause(text.AsSpan(clause.Start, clause.Length)))
            {
                count++;
            }
        }
        return count + TranscriptNoise.LatinFillers(text).Count;
    }

    /// <summary>
    /// How a recogniser punctuates Chinese: a comma at every pause, a full stop only where the exporter cuts, and
    /// none of the marks a writer types (、；：“”《》（）). Written Chinese, even with long comma-spliced
    /// sentences, uses those marks every few hundred characters.
    /// </summary>
    private sealed class RecogniserPunctuation
    {
        private int cjkLetters;
        private int commas;
        private int stops;
        private int writtenMarks;

        public void Add(ReadOnlySpan<char> line)
        {
            foreach (char c in line)
            {
                if (Scripts.IsCjkLetter(c))
                {
                    cjkLetters++;
                }
                else if (c == '，')
                {
                    commas++;
                }
                else if (c is '。' or '！' or '？')
                {
                    stops++;
                }
                else if (c is '、' or '；' or '：' or '“' or '”' or '《' or '》' or '（' or '）' or '「' or '」')
                {
                    writtenMarks++;
                }
            }
        }

        public bool LooksRecognised =>
            cjkLetters >= MinCjkLetters
            && commas >= 4 * Math.Max(stops, 1)
            && cjkLetters >= 50 * Math.Max(stops, 1)
            && writtenMarks * 500 <= cjkLetters;
    }
}
