using TextPipe.Documents;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Cleans the noise speech-to-text leaves in a transcript: the exporter's title line (moved to the title),
/// sound cues, line-start timestamps and speaker labels, standalone fillers, and recogniser loops; flags
/// foreign-language fragments an interpreter's voice let through. Acts only on documents that look like
/// transcripts (see <see cref="TranscriptEvidence"/>), since fillers and repeated phrases are deliberate in
/// written text; speaker labels only in turns (see <see cref="SpeakerTurns"/>).
/// </summary>
public sealed class TranscriptRule : ICleanupRule
{
    public const string Id = "transcript";

    /// <summary>Latin words a clause run needs to be flagged as an interpreted fragment (two-word terms like "scaling law" are vocabulary).</summary>
    public const int FragmentMinWords = 3;

    public RuleDescriptor Descriptor { get; } = new(
        Id,
        "Speech transcripts (subtitles, or documents with transcript evidence): title line to metadata; drop sound cues, timestamps, speaker labels, fillers and recogniser loops; flag interpreted fragments",
        new HashSet<string>(StringComparer.Ordinal) { "default", "strict" });

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool titled = MoveTitle(context);
        if (!titled && !LooksLikeTranscript(context))
        {
            return;
        }
        var speakers = SpeakerTurns.Labels(context, kind => IsSpeech(kind));
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            if (IsSpeech(context.Blocks[b]))
            {
                RemoveLineNoise(context, b, speakers);
            }
        }
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            if (IsSpeech(context.Blocks[b]))
            {
                RemoveFillers(context, b);
            }
        }
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            if (IsSpeech(context.Blocks[b]))
            {
                var ranges = new TextRanges();
                SpeechLoops.FindCjkLoops(context.Blocks[b].Text, ranges);
                SpeechLoops.FindWordLoops(context.Blocks[b].Text, ranges);
                context.Rewrite(b, ranges.ToRemovals());
            }
        }
        CollapseClauseLoops(context);
        // Restarts after loops: a copy said three times is a loop, and only two copies are left to judge here.
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            if (IsSpeech(context.Blocks[b]))
            {
                var ranges = new TextRanges();
                SpeechRestarts.Find(context.Blocks[b].Text, ranges);
                context.Rewrite(b, ranges.ToRemovals());
            }
        }
        FlagInterpretedFragments(context);
    }

    private static bool IsSpeech(CleanBlock block) => IsSpeech(block.Kind);

    private static bool IsSpeech(BlockKind kind) => kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem;

    /// <summary>
    /// The first block (a heading, or the first line of a paragraph) in an exporter's title format becomes
    /// the document title; the uploader becomes the byline when there is none.
    /// </summary>
    private static bool MoveTitle(CleanupContext context)
    {
        if (context.Blocks.Count == 0 || context.Blocks[0].Kind is not (BlockKind.Heading or BlockKind.Paragraph))
        {
            return false;
        }
        string text = context.Blocks[0].Text;
        int lineEnd = text.IndexOf('\n', StringComparison.Ordinal);
        string line = lineEnd < 0 ? text : text[..lineEnd];
        var parts = TranscriptTitle.TryParse(line.Trim());
        if (parts is null)
        {
            return false;
        }
        string note = $"transcript title → title '{parts.Title}'"
            + (parts.Uploader is null ? "" : $", uploader '{parts.Uploader}'")
            + (parts.Tokens.Count == 0 ? "" : $" ({string.Join(", ", parts.Tokens)})");
        context.SetTitle(parts.Title);
        if (parts.Uploader is not null && context.Metadata.Byline is null)
        {
            context.SetByline(parts.Uploader);
        }
        if (lineEnd < 0)
        {
            context.RemoveBlock(0, note);
        }
        else
        {
            context.Replace(0, TextChange.Remove(0, lineEnd + 1, note));
        }
        return true;
    }

    /// <summary>True when the document is a transcript (see <see cref="TranscriptEvidence"/>) or <see cref="CleanupOptions.AssumeTranscript"/>.</summary>
    internal static bool LooksLikeTranscript(CleanupContext context) => TranscriptEvidence.IsTranscript(context);

    private static bool IsSubtitles(CleanupContext context) => TranscriptEvidence.IsSubtitles(context);

    /// <summary>Sound cues anywhere; timestamps and speaker labels at line start; a line left empty goes whole.</summary>
    private static void RemoveLineNoise(CleanupContext context, int b, HashSet<string> speakers)
    {
        string text = context.Blocks[b].Text;
        bool subtitles = IsSubtitles(context);
        var ranges = new TextRanges();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int newline = text.IndexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.Length : newline;
            var line = new TextRanges();
            var stamp = TranscriptNoise.Timestamp(text, lineStart);
            if (stamp.Success && stamp.Index + stamp.Length <= lineEnd)
            {
                line.Add(stamp.Index, stamp.Index + stamp.Length, "timestamp");
            }
            var label = SpeakerTurns.Find(text, lineStart, lineEnd);
            if (label is not null && speakers.Contains(label.Groups["label"].Value))
            {
                line.Add(label.Index, label.Index + label.Length, $"speaker label: {label.Groups["label"].Value}");
            }
            string lineText = text[lineStart..lineEnd];
            var cues = TranscriptNoise.Cues(lineText).Concat(TranscriptNoise.MusicNotes(lineText));
            if (subtitles)
            {
                cues = cues.Concat(TranscriptNoise.SubtitleCues(lineText)).OrderBy(c => c.Index);
            }
            foreach (var cue in cues)
            {
                int start = lineStart + cue.Index;
                int end = start + cue.Length;
                // Take the spaces after the cue along, so "[Music] Hello" leaves "Hello"; at the end of a
                // line, the spaces before it ("it (Applause)" leaves "it").
                while (end < lineEnd && text[end] is ' ' or '\t' or '\u3000')
                {
                    end++;
                }
                if (end == lineEnd)
                {
                    while (start > lineStart && text[start - 1] is ' ' or '\t' or '\u3000')
                    {
                        start--;
                    }
                }
                if (!line.Overlaps(start, end))
                {
                    line.Add(start, end, "sound cue");
                }
            }
            if (line.Count > 0)
            {
                int removed = line.ToRemovals().Sum(c => c.Length);
                bool blank = text.AsSpan(lineStart, lineEnd - lineStart).Trim().Length <= removed
                    && IsBlankAfter(text, lineStart, lineEnd, line);
                if (blank)
                {
                    // The whole line goes, with one line break next to it.
                    var (start, end) = newline >= 0 ? (lineStart, lineEnd + 1) : lineStart > 0 ? (lineStart - 1, lineEnd) : (0, text.Length);
                    ranges.Add(start, end, line.ToRemovals()[0].Note ?? "transcript noise");
                }
                else
                {
                    foreach (var change in line.ToRemovals())
                    {
                        ranges.Add(change.Start, change.End, change.Note ?? "transcript noise");
                    }
                }
            }
            if (newline < 0)
            {
                break;
            }
            lineStart = newline + 1;
        }
        context.Rewrite(b, ranges.ToRemovals());
    }

    private static bool IsBlankAfter(string text, int lineStart, int lineEnd, TextRanges removals)
    {
        int cursor = lineStart;
        foreach (var change in removals.ToRemovals())
        {
            if (!text.AsSpan(cursor, change.Start - cursor).IsWhiteSpace())
            {
                return false;
            }
            cursor = change.End;
        }
        return text.AsSpan(cursor, lineEnd - cursor).IsWhiteSpace();
    }

    /// <summary>Fillers said as a clause of their own (<c>，呃，</c>, <c>Um, I</c>), and Latin fillers inside a clause.</summary>
    private static void RemoveFillers(CleanupContext context, int b)
    {
        string text = context.Blocks[b].Text;
        var clauses = Clauses.Split(text);
        var ranges = new TextRanges();
        for (int k = 0; k < clauses.Count; k++)
        {
            var clause = clauses[k];
            // "嗯？" asks and "啊！" exclaims: only a filler followed by a pause goes.
            if (TranscriptNoise.IsFillerClause(text.AsSpan(clause.Start, clause.Length)) && Clauses.DelimiterAfter(text, clause) is not ('？' or '?' or '！' or '!'))
            {
                var (start, end) = Clauses.RemovalRange(text, clauses, k, k);
                ranges.Add(start, end, "filler");
            }
        }
        foreach (System.Text.RegularExpressions.Match filler in TranscriptNoise.LatinFillers(text))
        {
            int start = filler.Index;
            int end = start + filler.Length;
            if (end < text.Length && text[end] == ' ')
            {
                end++;
            }
            else if (start > 0 && text[start - 1] == ' ')
            {
                start--;
            }
            else
            {
                continue;
            }
            // A filler already removed as a clause of its own ("so, um, I") is not removed twice.
            if (!ranges.Overlaps(filler.Index, filler.Index + filler.Length))
            {
                ranges.Add(start, end, "filler");
            }
        }
        context.Rewrite(b, ranges.ToRemovals());
    }

    /// <summary>
    /// Clause loops over the whole document: an exporter cuts paragraphs at arbitrary pauses, so a loop
    /// may start at the end of one block and run on in the next. Only clauses after the first occurrence go.
    /// </summary>
    private static void CollapseClauseLoops(CleanupContext context)
    {
        var sequence = new List<SpeechLoops.ClauseKey>();
        var owners = new List<(int Block, int Index)>();
        var perBlock = new List<ClauseSpan>[context.Blocks.Count];
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            string text = context.Blocks[b].Text;
            perBlock[b] = IsSpeech(context.Blocks[b]) ? Clauses.Split(text) : [];
            if (!IsSpeech(context.Blocks[b]))
            {
                // Headings and code break a loop.
                sequence.Add(new SpeechLoops.ClauseKey("\0", 0));
                owners.Add((b, -1));
                continue;
            }
            for (int k = 0; k < perBlock[b].Count; k++)
            {
                var c = perBlock[b][k];
                sequence.Add(SpeechLoops.KeyOf(text.Substring(c.Start, c.Length)));
                owners.Add((b, k));
            }
        }
        var removals = new Dictionary<int, TextRanges>();
        foreach (var (first, end, period) in SpeechLoops.FindClauseLoops(sequence))
        {
            int times = (end - first + period) / period;
            int i = first;
            while (i < end)
            {
                int block = owners[i].Block;
                int from = owners[i].Index;
                int to = from;
                while (i + 1 < end && owners[i + 1].Block == block)
                {
                    i++;
                    to = owners[i].Index;
                }
                i++;
                string text = context.Blocks[block].Text;
                var (start, stop) = Clauses.RemovalRange(text, perBlock[block], from, to);
                if (!removals.TryGetValue(block, out var ranges))
                {
                    removals[block] = ranges = new TextRanges();
                }
                ranges.Add(start, stop, $"clause loop: {period} clause(s) ×{times}");
            }
        }
        // Back to front: a block emptied here is removed by the context after the rule, not now.
        foreach (var (block, ranges) in removals.OrderByDescending(r => r.Key))
        {
            context.Rewrite(block, ranges.ToRemovals());
        }
    }

    /// <summary>
    /// Latin-script clauses of <see cref="FragmentMinWords"/> words or more between CJK clauses, in a block
    /// that is mostly CJK: what an interpreter's microphone picked up from the speaker. Flagged, not removed.
    /// </summary>
    private static void FlagInterpretedFragments(CleanupContext context)
    {
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            string text = context.Blocks[b].Text;
            if (!IsSpeech(context.Blocks[b]) || Scripts.CjkShare(text) < 0.5)
            {
                continue;
            }
            var clauses = Clauses.Split(text);
            int k = 0;
            while (k < clauses.Count)
            {
                int runEnd = k;
                int words = 0;
                while (runEnd < clauses.Count && IsLatinClause(text, clauses[runEnd], out int w))
                {
                    words += w;
                    runEnd++;
                }
                if (runEnd > k && words >= FragmentMinWords)
                {
                    int start = clauses[k].Start;
                    int end = clauses[runEnd - 1].End;
                    context.Flag(b, start, end - start, "interpreted-fragment: " + GuessLatinLanguage(text.AsSpan(start, end - start)));
                }
                k = Math.Max(runEnd, k + 1);
            }
        }
    }

    private static bool IsLatinClause(string text, ClauseSpan clause, out int words)
    {
        words = 0;
        bool inWord = false;
        for (int i = clause.Start; i < clause.End; i++)
        {
            char c = text[i];
            if (Scripts.IsCjkLetter(c))
            {
                words = 0;
                return false;
            }
            bool letter = Scripts.IsLatinLetter(c) || c is '\'' or '’';
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter;
        }
        return words > 0;
    }

    /// <summary>French or English, from accents and a few function words: enough to label a fragment.</summary>
    private static string GuessLatinLanguage(ReadOnlySpan<char> fragment)
    {
        foreach (char c in fragment)
        {
            if ("àâçéèêëîïôûùüÿœ".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal))
            {
                return "fr";
            }
        }
        foreach (var range in fragment.Split(' '))
        {
            if (fragment[range] is "le" or "la" or "les" or "des" or "est" or "nous" or "vous" or "je" or "une" or "pour" or "dans" or "avec")
            {
                return "fr";
            }
        }
        return "en";
    }
}
