using System.Text.Json;
using TextPipe.Documents;

namespace TextPipe.Conversion;

/// <summary>
/// Totals over a conversion run (datatrove's per-step statistics): documents, characters in and out, and per
/// rule the edits by action and the characters removed. Written as JSON by <c>convert --stats FILE</c>.
/// Fed in input order on one thread.
/// </summary>
public sealed class RunStatistics : IConversionObserver
{
    private readonly SortedDictionary<string, RuleTotals> rules = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public int FailedInputs { get; private set; }

    public long CharsIn { get; private set; }

    public long CharsOut { get; private set; }

    public int Blocks { get; private set; }

    public IReadOnlyDictionary<string, RuleTotals> Rules => rules;

    public void Converted(ConversionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var document = result.Document!;
        var stats = document.Stats;
        Documents++;
        CharsIn += stats.CharsIn;
        CharsOut += stats.CharsOut;
        Blocks += document.ContentBlocks.Count();
        foreach (var edit in document.Edits)
        {
            if (!rules.TryGetValue(edit.Rule, out var totals))
            {
                rules[edit.Rule] = totals = new RuleTotals();
            }
            totals.Add(edit);
        }
    }

    public void Failed(ConversionResult result) => FailedInputs++;

    public void WriteJson(Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("documents", Documents);
        json.WriteNumber("failed", FailedInputs);
        json.WriteNumber("paragraphs", Blocks);
        json.WriteNumber("chars_in", CharsIn);
        json.WriteNumber("chars_out", CharsOut);
        json.WriteStartObject("rules");
        foreach (var (id, totals) in rules)
        {
            json.WriteStartObject(id);
            json.WriteNumber("removed", totals.Removed);
            json.WriteNumber("replaced", totals.Replaced);
            json.WriteNumber("flagged", totals.Flagged);
            json.WriteNumber("chars_removed", totals.CharsRemoved);
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Counts for one rule.</summary>
    public sealed class RuleTotals
    {
        public int Removed { get; private set; }

        public int Replaced { get; private set; }

        public int Flagged { get; private set; }

        /// <summary>Characters the rule took out (original minus replacement, never negative per edit).</summary>
        public long CharsRemoved { get; private set; }

        internal void Add(Edit edit)
        {
            switch (edit.Action)
            {
                case EditAction.Removed:
                    Removed++;
                    break;
                case EditAction.Replaced:
                    Replaced++;
                    break;
                default:
                    Flagged++;
                    return;
            }
            CharsRemoved += Math.Max(0, TextMeasure.CountChars(edit.Original) - TextMeasure.CountChars(edit.Replacement));
        }
    }
}
