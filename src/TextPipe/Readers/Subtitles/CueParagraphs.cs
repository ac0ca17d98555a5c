using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Readers.Subtitles;

/// <summary>
/// Joins cues into paragraph blocks, so that language detection and sentence splitting get prose rather than
/// two-second fragments. A cue starts a new paragraph when
/// <list type="number">
/// <item>it follows a pause: at least <see cref="PauseThreshold"/> between the previous cue's end and its start
/// (a new scene, a new topic, or the next speaker after a silence);</item>
/// <item>its speaker is named and differs from the paragraph's;</item>
/// <item>the paragraph already holds <see cref="SentenceBreakLength"/> weighted characters and its last cue
/// ended a sentence (a pause-free talk still gets paragraphs);</item>
/// <item>or, with no sentence end in sight (Chinese subtitles often have no punctuation), the paragraph holds
/// <see cref="HardBreakLength"/> weighted characters.</item>
/// </list>
/// Lengths count a CJK letter as two characters, about the information of a short Latin word. Each block keeps
/// its first cue's start and its last cue's end. Cues with no text (only markup) are left out.
/// </summary>
public sealed class CueParagraphs
{
    public static CueParagraphs Default { get; } = new();

    public TimeSpan PauseThreshold { get; init; } = TimeSpan.FromSeconds(2);

    public int SentenceBreakLength { get; init; } = 300;

    public int HardBreakLength { get; init; } = 1200;

    public ImmutableArray<Block> Join(IReadOnlyList<SubtitleCue> cues)
    {
        ArgumentNullException.ThrowIfNull(cues);
        var blocks = ImmutableArray.CreateBuilder<Block>();
        var texts = new List<string>();
        SubtitleCue? first = null, last = null;
        int length = 0;
        foreach (var cue in cues)
        {
            if (cue.Text.Length == 0)
            {
                continue;
            }
            if (last is not null && StartsParagraph(cue, first!, last, length))
            {
                Flush();
            }
            first ??= cue;
            last = cue;
            texts.Add(cue.Text);
            length += WeightedLength(cue.Text);
        }
        Flush();
        return blocks.ToImmutable();

        void Flush()
        {
            if (first is null || last is null)
            {
                return;
            }
            blocks.Add(new Block(BlockKind.Paragraph, CueText.JoinLines(texts))
            {
                StartTime = first.Start,
                EndTime = last.End,
                Speaker = first.Speaker,
            });
            texts.Clear();
            first = last = null;
            length = 0;
        }
    }

    private bool StartsParagraph(SubtitleCue cue, SubtitleCue first, SubtitleCue last, int length) =>
        cue.Start - last.End >= PauseThreshold
        || (cue.Speaker is not null && !string.Equals(cue.Speaker, first.Speaker, StringComparison.Ordinal))
        || (length >= SentenceBreakLength && EndsSentence(last.Text))
        || length >= HardBreakLength;

    /// <summary>Ends with . ! ? … or their CJK forms, possibly followed by closing quotes or brackets.</summary>
    internal static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd().TrimEnd("\"'”’」』)）]】»");
        return !trimmed.IsEmpty && trimmed[^1] is '.' or '!' or '?' or '…' or '。' or '！' or '？' or '．';
    }

    private static int WeightedLength(string text)
    {
        int length = 0;
        foreach (char c in text)
        {
            length += Scripts.IsCjkLetter(c) ? 2 : 1;
        }
        return length;
    }
}
