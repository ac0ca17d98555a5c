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
    /// </summary>
    public Document Process(Document document) => ProcessChecking(document, CancellationToken.None);

    /// <inheritdoc cref="Process(Document)"/>
    /// <remarks>Checks <paramref name="cancellationToken"/> before every rule of every pass, and the context checks it at every edit.</remarks>
    public Document ProcessChecking(Document document, CancellationToken cancellationToken)
    {
        var context = new CleanupContext(document, options) { Cancellation = cancellationToken };
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            context.RecordFindings = pass == 0;
            int before = context.Edits.Count;
            foreach (var rule in rules)
            {
                cancellationToken.ThrowIfCancellationRequested();
                context.Run(rule);
            }
            if (!context.Edits.Skip(before).Any(e => e.Action != EditAction.Flagged))
            {
                break;
            }
        }
        return context.ToDocument();
    }
}
