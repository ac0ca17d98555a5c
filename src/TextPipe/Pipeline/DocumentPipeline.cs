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
        foreach (var stage in Stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            document = stage.ProcessChecking(document, cancellationToken);
            StageGarbage.CollectAfterStage(document);
        }
        return document;
    }
}
