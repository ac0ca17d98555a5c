using TextPipe.Documents;

namespace TextPipe.Pipeline;

/// <summary>One step of the pipeline: takes a document, returns a document. Implementations are pure and thread-safe.</summary>
public interface IDocumentStage
{
    /// <summary>Stable name used in stats and messages.</summary>
    string Name { get; }

    Document Process(Document document);
}
