using TextPipe.Pipeline;

namespace TextPipe.Cli.Commands;

/// <summary>Wires the pipeline from validated options. Stages are added here as they land (cleanup, language, segmentation).</summary>
internal static class PipelineFactory
{
    public static DocumentPipeline Create() => new DocumentPipelineBuilder().Build();
}
