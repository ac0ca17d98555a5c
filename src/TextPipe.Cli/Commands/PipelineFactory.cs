using TextPipe.Cleanup;
using TextPipe.Pipeline;

namespace TextPipe.Cli.Commands;

/// <summary>Wires the pipeline from validated options. Stages are added here as they land (language, segmentation).</summary>
internal static class PipelineFactory
{
    public static DocumentPipeline Create(RuleCatalog catalog, CleanupOptions cleanup) =>
        new DocumentPipelineBuilder()
            .Add(new CleanupStage(catalog, cleanup))
            .Build();
}
