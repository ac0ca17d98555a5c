using System.Text;
using TextPipe.Documents;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Removes paragraphs and lines that repeat an earlier one exactly (after whitespace normalisation),
/// keeping the first, and flags documents whose Gopher repetition measures exceed the published
/// thresholds. Headings, table cells, code and short blocks are never removed: repeated section titles,
/// "Yes." and "谢谢。" are normal.
/// </summary>
public sealed class RepetitionRule : ICleanupRule
{
    public const string Id = "repetition";

    public RuleDescriptor Descriptor { get; } = new(
        Id,
        "Remove paragraphs and lines repeating an earlier one; flag Gopher repetition ratios above their thresholds",
        new HashSet<string>(StringComparer.Ordinal) { "default", "strict" });

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Measured on the text as it came in: the removals below are themselves a sign of repetition.
        foreach (var signal in RepetitionSignals.Measure([.. context.Blocks.Select(b => b.Text)]))
        {
            if (signal.Value > signal.Threshold)
            {
                context.AddFlag(signal.Code, RepetitionSignals.Message(signal));
            }
        }

        int shortChars = context.Options.RepetitionShortChars;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int b = 0;
        while (b < context.Blocks.Count)
        {
            var block = context.Blocks[b];
            if (block.Kind is not (BlockKind.Paragraph or BlockKind.Quote or BlockKind.ListItem))
            {
                b++;
                continue;
            }
            string whole = Normalise(block.Text);
            if (whole.Length > shortChars && seen.Contains(whole))
            {
                context.RemoveBlock(b, "duplicate paragraph");
                continue;
            }
            RemoveDuplicateLines(context, b, seen, shortChars);
            seen.Add(whole);
            b++;
        }
    }

    /// <summary>Lines of a multi-line block already seen (as a line or a paragraph) go with their line break.</summary>
    private static void RemoveDuplicateLines(CleanupContext context, int b, HashSet<string> seen, int shortChars)
    {
        string text = context.Blocks[b].Text;
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return;
        }
        var ranges = new TextRanges();
        var lines = new List<(int Start, int End)>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }
        int kept = 0;
        for (int k = 0; k < lines.Count; k++)
        {
            var (s, e) = lines[k];
            string line = Normalise(text[s..e]);
            if (line.Length > shortChars && seen.Contains(line))
            {
                var range = k + 1 < lines.Count ? (s, e + 1) : (s - 1, e);
                ranges.Add(range.Item1, range.Item2, "duplicate line");
            }
            else
            {
                kept++;
                if (line.Length > shortChars)
                {
                    seen.Add(line);
                }
            }
        }
        if (kept == 0)
        {
            // Every line repeats an earlier one: the block goes as a whole, once.
            context.RemoveBlock(b, "duplicate lines");
            return;
        }
        context.Rewrite(b, ranges.ToRemovals());
    }

    /// <summary>Whitespace runs become one space; ends trimmed.</summary>
    private static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }
            if (space)
            {
                result.Append(' ');
                space = false;
            }
            result.Append(c);
        }
        return result.ToString();
    }
}
