using System.Globalization;
using TextPipe.Documents;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Removes repetition only where it is certainly noise, and judges it locally: (a) loops — a paragraph,
/// line or sentence repeated back to back (<see cref="TandemRepeats"/>, <see cref="RepeatCertainty"/>), as
/// speech recognisers and scrapers produce them; (b) running headers and footers the reader did not mark
/// (<see cref="RunningLines"/>). A text that merely occurs twice in a document — a chapter heading, a line of
/// dialogue, a section label, a refrain, a clause of a contract — stays. What is suspicious but not certain
/// is flagged, the text kept. Gopher's repetition measures are added as document flags over their thresholds.
/// </summary>
public sealed class RepetitionRule : ICleanupRule
{
    public const string Id = "repetition";

    /// <summary>A rule pass that removed something may have brought new repeats together; this many passes settle any real input.</summary>
    private const int MaxPasses = 4;

    public RuleDescriptor Descriptor { get; } = new(
        Id,
        "Remove loops (paragraphs, lines, sentences repeated back to back) and running headers; flag suspicious repeats and Gopher repetition ratios",
        new HashSet<string>(StringComparer.Ordinal) { "default", "strict" });

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Measured on the text as it came in: the removals below are themselves a sign of repetition. Only when
        // findings are recorded (the first pass): on a settling pass the flags would be dropped, so the measure
        // (n-grams of the whole document) is not taken.
        if (context.RecordFindings)
        {
            foreach (var signal in RepetitionSignals.Measure([.. context.Blocks.Select(b => b.Text)]))
            {
                if (signal.Value > signal.Threshold)
                {
                    context.AddFlag(signal.Code, RepetitionSignals.Message(signal));
                }
            }
        }
        // The measures' tables (8 to 12 bytes a token) are garbage now, before the loop search makes its own.
        context.CollectGarbageIfPiledUp();
        int shortChars = context.Options.RepetitionShortChars;
        RunningFurniture(context);
        BlockLoops(context, shortChars);
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            if (IsJudged(context.Blocks[b].Kind))
            {
                // Phrases first: collapsing one can leave two equal sentences side by side, never the reverse
                // (a phrase loop does not cross the punctuation or line break that ends a sentence).
                PhraseLoops(context, b);
                UnitLoops(context, b, shortChars);
            }
        }
    }

    /// <summary>Paragraphs, quotes and list items repeat by accident; headings, table cells, captions and code repeat by design.</summary>
    private static bool IsJudged(BlockKind kind) => kind is BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem;

    private static void RunningFurniture(CleanupContext context)
    {
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            var found = RunningLines.Find(context.Blocks);
            var removals = found.Where(f => f.Action == RepeatAction.Remove).Select(f => f.Block).OrderDescending().ToList();
            if (removals.Count == 0)
            {
                foreach (var (block, _, pages, pageCount) in found)
                {
                    context.Flag(block, 0, context.Blocks[block].Text.Length, Invariant($"suspected running header or footer: at a page edge on {pages} of {pageCount} pages with other numbers"));
                }
                return;
            }
            foreach (int block in removals)
            {
                var (_, _, pages, pageCount) = found.First(f => f.Block == block);
                context.RemoveBlock(block, Invariant($"running header or footer: at a page edge on {pages} of {pageCount} pages"));
            }
        }
    }

    /// <summary>Blocks repeated back to back: removed when certain, flagged when not; then blocks repeating one a few blocks back, flagged.</summary>
    private static void BlockLoops(CleanupContext context, int shortChars)
    {
        for (int pass = 0; pass <= MaxPasses; pass++)
        {
            var keys = context.Blocks.Select(b => IsJudged(b.Kind) ? Key(b.Text, shortChars) : TandemRepeats.NoKey).ToList();
            var repeats = TandemRepeats.Find(keys);
            var removals = new List<(int Block, string Note)>();
            bool lastPass = pass == MaxPasses;
            foreach (var repeat in repeats)
            {
                var action = Judge(repeat, i => context.Blocks[i].Text, i => IsStructuredBlock(context.Blocks[i]));
                if (action == RepeatAction.Remove && !lastPass)
                {
                    string what = repeat.Period == 1 ? "paragraph" : Invariant($"group of {repeat.Period} paragraphs");
                    // One note for all the copies: a loop of a million paragraphs is a million edits.
                    string note = Invariant($"repetition loop: {what} ×{repeat.Copies} in a row");
                    for (int b = repeat.FirstCopy; b < repeat.End; b++)
                    {
                        removals.Add((b, note));
                    }
                }
            }
            if (removals.Count == 0)
            {
                FlagBlocks(context, keys, repeats);
                return;
            }
            foreach (var (block, note) in removals.OrderByDescending(r => r.Block))
            {
                context.RemoveBlock(block, note);
            }
        }
    }

    private static void FlagBlocks(CleanupContext context, List<ulong> keys, List<TandemRepeat> repeats)
    {
        foreach (var repeat in repeats)
        {
            string note = Invariant($"suspected repetition: repeats the paragraph {repeat.Period} before it (×{repeat.Copies} in a row; kept, may be deliberate)");
            for (int b = repeat.FirstCopy; b < repeat.End; b++)
            {
                context.Flag(b, 0, context.Blocks[b].Text.Length, note);
            }
        }
        foreach (var (unit, earlier) in TandemRepeats.FindNear(keys, repeats))
        {
            var block = context.Blocks[unit];
            if (!IsStructuredBlock(block) && RepeatUnits.Weight(block.Text) >= RepeatCertainty.LongWeight)
            {
                context.Flag(unit, 0, block.Text.Length, Invariant($"suspected repetition: repeats the paragraph {unit - earlier} before it (kept)"));
            }
        }
    }

    /// <summary>Sentences and lines of one block repeated back to back.</summary>
    private static void UnitLoops(CleanupContext context, int b, int shortChars)
    {
        bool verse = RepeatUnits.IsVerse(context.Blocks[b].Text);
        for (int pass = 0; pass <= MaxPasses; pass++)
        {
            string text = context.Blocks[b].Text;
            var spans = SentenceSpans.Split(text);
            var keys = new List<ulong>(spans.Count);
            foreach (var (start, length) in spans)
            {
                keys.Add(Key(text.AsSpan(start, length), shortChars));
            }
            var repeats = TandemRepeats.Find(keys);
            bool Structured(int i) => verse || context.Blocks[b].Kind == BlockKind.ListItem || RepeatUnits.IsLaidOutLine(LineAround(text, spans[i].Start));
            var removals = new TextRanges();
            var flags = new List<(int Start, int End, TandemRepeat Repeat)>();
            foreach (var repeat in repeats)
            {
                int start = spans[repeat.FirstCopy].Start;
                int end = spans[repeat.End - 1].Start + spans[repeat.End - 1].Length;
                if (end == text.Length)
                {
                    // The loop closes the block: the space before the first copy goes, not the one after the last.
                    var before = spans[repeat.FirstCopy - 1];
                    start = before.Start + text.AsSpan(before.Start, before.Length).TrimEnd().Length;
                }
                var action = Judge(repeat, i => text.Substring(spans[i].Start, spans[i].Length), Structured);
                if (action == RepeatAction.Remove && pass < MaxPasses)
                {
                    string what = repeat.Period == 1 ? "sentence or line" : Invariant($"group of {repeat.Period} sentences or lines");
                    removals.Add(start, end, Invariant($"repetition loop: {what} ×{repeat.Copies} in a row"));
                }
                else
                {
                    flags.Add((start, end, repeat));
                }
            }
            if (removals.Count == 0)
            {
                foreach (var (start, end, repeat) in flags)
                {
                    int length = text.AsSpan(start, end - start).TrimEnd().Length;
                    context.Flag(b, start, length, Invariant($"suspected repetition: a sentence or line repeated ×{repeat.Copies} in a row (kept, may be deliberate)"));
                }
                return;
            }
            context.Rewrite(b, removals.ToRemovals());
        }
    }

    /// <summary>
    /// A phrase said three times or more with nothing between (<c>thank you for watching thank you for watching …</c>,
    /// <c>我们一起努力我们一起努力我们一起努力</c>), as <see cref="SpeechLoops"/> finds them, when the phrase carries
    /// enough content to be a loop and not a figure of speech (<c>very very very</c>, <c>走走走</c>, <c>爱你爱你爱你</c>).
    /// Verse is left alone: songs chant.
    /// </summary>
    private static void PhraseLoops(CleanupContext context, int b)
    {
        string text = context.Blocks[b].Text;
        if (RepeatUnits.IsVerse(text))
        {
            return;
        }
        var found = new TextRanges();
        SpeechLoops.FindCjkLoops(text, found);
        SpeechLoops.FindWordLoops(text, found);
        var certain = found.ToRemovals().Where(r => PhraseWeight(text, r) >= RepeatCertainty.LoopWeight).ToList();
        if (certain.Count > 0)
        {
            context.Rewrite(b, certain);
        }
    }

    /// <summary>Weight of one copy of a looped phrase: the removal holds all copies but the first, its note says how many there were ("… ×4").</summary>
    private static int PhraseWeight(string text, TextChange removal)
    {
        string note = removal.Note ?? "";
        int times = note.LastIndexOf('×');
        int copies = times >= 0 && int.TryParse(note.AsSpan(times + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 2;
        return RepeatUnits.Weight(text.Substring(removal.Start, removal.Length)) / Math.Max(1, copies - 1);
    }

    private static RepeatAction Judge(TandemRepeat repeat, Func<int, string> textOf, Func<int, bool> structured)
    {
        int weight = 0;
        bool anyStructured = false;
        for (int i = repeat.Start; i < repeat.FirstCopy; i++)
        {
            weight += RepeatUnits.Weight(textOf(i));
            anyStructured |= structured(i);
        }
        return RepeatCertainty.Judge(repeat.Copies, weight, anyStructured);
    }

    private static bool IsStructuredBlock(CleanBlock block) =>
        block.Kind == BlockKind.ListItem || block.Text.AsSpan().Trim().Contains('\n') || RepeatUnits.IsLaidOutLine(block.Text);

    /// <summary>
    /// The comparison key of a unit (a hash of its normalised text), or <see cref="TandemRepeats.NoKey"/> when it is too short to count as repeated ("Yes.", "谢谢。", a
    /// bullet) or is a table-of-contents or index entry (the same entry under three versions of a change log is
    /// the document's structure, not a loop): at most <paramref name="shortChars"/> characters, unless it carries a loop's weight (a
    /// Chinese sentence of six characters says more than ten Latin ones).
    /// </summary>
    private static ulong Key(ReadOnlySpan<char> text, int shortChars)
    {
        if (RepeatUnits.IsContentsEntry(text))
        {
            return TandemRepeats.NoKey;
        }
        ulong hash = RepeatUnits.NormalisedHash(text, out int length, out int weight);
        if (weight == 0 || (length <= shortChars && weight < RepeatCertainty.LoopWeight))
        {
            return TandemRepeats.NoKey;
        }
        return hash == TandemRepeats.NoKey ? 1 : hash;
    }

    private static ReadOnlySpan<char> LineAround(string text, int position)
    {
        int start = position == 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        int end = text.IndexOf('\n', position);
        return text.AsSpan(start, (end < 0 ? text.Length : end) - start);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
