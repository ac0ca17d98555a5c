using TextPipe.Documents;

namespace TextPipe.Pipeline;

/// <summary>
/// Mutable list of stages (Markdig-style: add, insert before a stage type, replace), frozen by <see cref="Build"/>.
/// </summary>
public sealed class DocumentPipelineBuilder
{
    private readonly List<IDocumentStage> stages = [];

    public IReadOnlyList<IDocumentStage> Stages => stages;

    public DocumentPipelineBuilder Add(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        stages.Add(stage);
        return this;
    }

    /// <summary>Inserts <paramref name="stage"/> before the first stage of type <typeparamref name="TBefore"/>, or at the end when there is none.</summary>
    public DocumentPipelineBuilder InsertBefore<TBefore>(IDocumentStage stage)
        where TBefore : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        int index = stages.FindIndex(s => s is TBefore);
        stages.Insert(index < 0 ? stages.Count : index, stage);
        return this;
    }

    /// <summary>Replaces every stage of type <typeparamref name="TOld"/> with <paramref name="stage"/>; returns false when none was there.</summary>
    public bool Replace<TOld>(IDocumentStage stage)
        where TOld : IDocumentStage
    {
        ArgumentNullException.ThrowIfNull(stage);
        bool found = false;
        for (int i = 0; i < stages.Count; i++)
        {
            if (stages[i] is TOld)
            {
                stages[i] = stage;
                found = true;
            }
        }
        return found;
    }

    public DocumentPipeline Build() => new([.. stages]);
}
