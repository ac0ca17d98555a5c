using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Pipeline;

/// <summary>A frozen, thread-safe list of stages, built by <see cref="DocumentPipelineBuilder"/>.</summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(ImmutableArray<IDocumentStage> stages) => Stages = stages;

    public ImmutableArray<IDocumentStage> Stages { get; }

    public Document Run(Document document) => RunChecking(document, CancellationToken.None);

    /// <summary>
    /// Runs the stages, checking <paramref name="cancellationToken"/> before each and letting each check it in its loops.
    /// A document of very many blocks is followed by a full collection after each stage (<see cref="StageGarbage"/>).
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Document RunChecking(Document document, CancellationToken cancellationToken)
    {
        RunInPlace(ref document, cancellationToken);
        return document;
    }

    /// <summary>
    /// As <see cref="RunChecking"/>, replacing <paramref name="document"/> by each stage's result as it comes, so that
    /// the caller's variable never holds an earlier version. A caller that kept the document it read in a variable of
    /// its own kept it alive through every stage: the runtime reports a method's variables as live to its end when the
    /// method is not (yet) optimised or has exception handlers, and a batch runs its per-document code once, unoptimised.
    /// For a document of a million blocks that was a third copy of its blocks at the peak.
    /// </summary>
    internal void RunInPlace(ref Document document, CancellationToken cancellationToken)
    {
        // The reader's garbage first: an HTML page's parsed tree (about 600 bytes an element) would otherwise stay until
        // the first stage's collection, under that stage's own peak.
        StageGarbage.CollectAfterStage(document);
        var garbage = GarbageBudget.ForDocument(document.CharsIn);
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.ProcessChecking(document, cancellationToken);
            if (!StageGarbage.CollectAfterStage(document))
            {
                // Fewer blocks, but maybe a long text: its stages' garbage is collected when it piles up.
                garbage.Check();
            }
        }
    }
}
