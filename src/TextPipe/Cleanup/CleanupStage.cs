using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Pipeline;

namespace TextPipe.Cleanup;

/// <summary>The cleanup stage: runs the enabled rules of a catalog, in order, over each document.</summary>
public sealed class CleanupStage : IDocumentStage
{
    private readonly ImmutableArray<ICleanupRule> rules;
    private readonly CleanupOptions options;

    public CleanupStage(RuleCatalog catalog, CleanupOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        rules = [.. catalog.Enabled(options)];
    }

    public string Name => "cleanup";

    /// <summary>Passes at most: the first does the work; the others settle what one rule's change opened up for another.</summary>
    public const int MaxPasses = 3;

    /// <summary>
    /// Runs the rules in order, then again while the last pass still changed the text: one rule's change can
    /// open a case for an earlier rule (a dropped sentence leaves a comma that punctuation now judges as CJK),
    /// and cleaning the output again must change nothing. Findings are recorded on the first pass only.
    /// A rule that changed nothing is not run again until some rule has changed the text since: given the same
    /// text it would decide the same, and its findings are not recorded twice, so the rerun could only cost time.
    /// </summary>
    public Document Process(Document document) => ProcessChecking(document, CancellationToken.None);

    /// <inheritdoc cref="Process(Document)"/>
    /// <remarks>Checks <paramref name="cancellationToken"/> before every rule of every pass, and the context checks it at every edit.</remarks>
    public Document ProcessChecking(Document document, CancellationToken cancellationToken)
    {
        // A long document's rules each leave arrays the size of its text behind them: collected as they pile up.
        var garbage = GarbageBudget.ForDocument(document.CharsIn);
        var context = new CleanupContext(document, options) { Cancellation = cancellationToken, Garbage = garbage };
        // Per rule: the number of text changes the run had made when this rule last ran and changed nothing, or -1.
        var idleAt = new int[rules.Length];
        Array.Fill(idleAt, -1);
        int changes = 0;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            context.RecordFindings = pass == 0;
            int changesBefore = changes;
            for (int r = 0; r < rules.Length; r++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (idleAt[r] == changes)
                {
                    continue;
                }
                int before = context.Edits.Count;
                context.Run(rules[r]);
                garbage.Check();
                int made = TextChanges(context.Edits, before);
                changes += made;
                idleAt[r] = made == 0 ? changes : -1;
            }
            if (changes == changesBefore)
            {
                break;
            }
        }
        return context.ToDocument();
    }

    /// <summary>Edits from <paramref name="start"/> on that changed the text (findings do not).</summary>
    private static int TextChanges(IReadOnlyList<Edit> edits, int start)
    {
        int count = 0;
        for (int i = start; i < edits.Count; i++)
        {
            if (edits[i].Action != EditAction.Flagged)
            {
                count++;
            }
        }
        return count;
    }
}
