using System.Collections.Immutable;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Numbers damaged by OCR, speech recognition or machine translation. Certain repairs are made whatever the
/// policy (5。2万 → 5.2万, 2O23 → 2023). A number that is certainly wrong but cannot be repaired (a placeholder
/// such as &lt;&gt; where a number was lost, an impossible date or range) takes its sentence with it under the
/// Drop policy, is flagged under Flag and left under Keep. A number that only looks wrong (XX masks, a year
/// used as a count, a bare number before an event name, number drift between the halves of a bilingual
/// document) is flagged, never dropped: a false drop loses a good sentence.
/// </summary>
public sealed class GarbledNumbersRule : ICleanupRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "garbled-numbers",
        "Repairs numbers broken by OCR (5。2万, 2O23); drops or flags sentences whose numbers were lost or are impossible",
        ImmutableHashSet.Create(StringComparer.Ordinal, "minimal", "default", "strict"));

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var policy = context.Options.GarbledNumbers;
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            var repairs = NumberFindings.FindRepairs(context.Blocks[b].Text);
            if (repairs.Count > 0)
            {
                context.Rewrite(b, repairs);
            }
        }
        if (policy == GarbledNumbersPolicy.Keep)
        {
            return;
        }

        var drift = FindDrift(context);
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            string text = context.Blocks[b].Text;
            var findings = NumberFindings.Find(text);
            // In a line of code or TeX, {} and <> are syntax and #1 a macro parameter, not lost numbers.
            findings.RemoveAll(f => OnCodeLine(text, f.Start));
            if (drift.TryGetValue(b, out var blockDrift))
            {
                findings.AddRange(blockDrift);
            }
            if (findings.Count == 0)
            {
                continue;
            }
            Settle(context, b, text, findings, policy);
        }
    }

    private static void Settle(CleanupContext context, int block, string text, List<NumberFinding> findings, GarbledNumbersPolicy policy)
    {
        bool drop = policy == GarbledNumbersPolicy.Drop && findings.Exists(f => f.Certain);
        var sentences = drop ? SentenceSpans.Split(text) : [];
        var dropped = new SortedDictionary<int, string>();
        if (drop)
        {
            foreach (var f in findings.Where(f => f.Certain))
            {
                int s = sentences.FindLastIndex(x => x.Start <= f.Start);
                dropped.TryAdd(s, f.Note);
            }
        }
        // Flags first, in the text as it stands; findings inside a dropped sentence go with it.
        foreach (var f in findings)
        {
            bool inDropped = drop && dropped.ContainsKey(sentences.FindLastIndex(x => x.Start <= f.Start));
            if (!inDropped)
            {
                context.Flag(block, f.Start, f.Length, f.Note);
            }
        }
        if (dropped.Count == 0)
        {
            return;
        }
        var changes = new List<TextChange>();
        foreach (var (index, note) in dropped)
        {
            var (start, length) = sentences[index];
            // The last sentence of a block carries no whitespace after it: take the whitespace before it instead,
            // unless that belongs to a sentence dropped too.
            if (index == sentences.Count - 1 && index > 0 && !dropped.ContainsKey(index - 1))
            {
                while (start > 0 && char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                    length++;
                }
            }
            changes.Add(TextChange.Remove(start, length, note));
        }
        context.Rewrite(block, changes);
    }

    private static bool OnCodeLine(string text, int at)
    {
        int start = at > 0 ? text.LastIndexOf('\n', at - 1) + 1 : 0;
        int end = text.IndexOf('\n', at);
        return CodeLine.Is(text.AsSpan(start, (end < 0 ? text.Length : end) - start));
    }

    /// <summary>Drift findings by block, when the document is an article followed by its translation.</summary>
    private static Dictionary<int, List<NumberFinding>> FindDrift(CleanupContext context)
    {
        var result = new Dictionary<int, List<NumberFinding>>();
        var texts = context.Blocks.Select(b => b.Text).ToList();
        int marker = BilingualNumbers.FindMarker(texts);
        if (marker < 0)
        {
            return result;
        }
        var first = BilingualNumbers.AllValues(texts.Take(marker));
        var second = BilingualNumbers.AllValues(texts.Skip(marker + 1));
        for (int b = 0; b < texts.Count; b++)
        {
            if (b == marker)
            {
                continue;
            }
            var other = b < marker ? second : first;
            foreach (var (start, length, values) in BilingualNumbers.DigitNumbers(texts[b]))
            {
                if (!values.Any(other.Contains))
                {
                    if (!result.TryGetValue(b, out var list))
                    {
                        result[b] = list = [];
                    }
                    list.Add(new NumberFinding(start, length, false, $"{texts[b].Substring(start, length)} is not in the other language's half"));
                }
            }
        }
        return result;
    }
}
