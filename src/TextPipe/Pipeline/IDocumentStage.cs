using TextPipe.Documents;

namespace TextPipe.Pipeline;

/// <summary>One step of the pipeline: takes a document, returns a document. Implementations are pure and thread-safe.</summary>
public interface IDocumentStage
{
    /// <summary>Stable name used in stats and messages.</summary>
    string Name { get; }

    Document Process(Document document);

    /// <summary>
    /// As <see cref="Process(Document)"/>, stopping with <see cref="OperationCanceledException"/> once
    /// <paramref name="cancellationToken"/> is cancelled (the document's time is up). A stage with long loops checks
    /// it in them; by default a stage is quick and runs to its end.
    /// </summary>
    /// <remarks>Named apart from <see cref="Process(Document)"/> so that callers without a budget keep the plain call.</remarks>
    Document ProcessChecking(Document document, CancellationToken cancellationToken) => Process(document);
}
