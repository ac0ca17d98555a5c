using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Pipeline;

/// <summary>A frozen, thread-safe list of stages, built by <see cref="DocumentPipelineBuilder"/>.</summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(ImmutableArray<IDocumentStage> stages) => Stages = stages;

    public ImmutableArray<IDocumentStage> Stages { get; }

    public Document Run(Document document)
    {
        foreach (var stage in Stages)
        {
            document = stage.Process(document);
        }
        return document;
    }
}
