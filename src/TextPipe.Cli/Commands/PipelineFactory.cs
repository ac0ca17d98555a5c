using TextPipe.Cleanup;
using TextPipe.Conversion;
using TextPipe.Language;
using TextPipe.Pipeline;
using TextPipe.Segmentation;

namespace TextPipe.Cli.Commands;

/// <summary>
/// Wires the pipeline from validated options: the conversion's stages (<see cref="ConversionStages"/>), then
/// tokens when asked for.
/// </summary>
internal static class PipelineFactory
{
    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetector.Load());

    /// <summary>The languages detection can answer, as a set (so <c>zh</c> and <c>zh-Hant</c> both belong), for validating <c>--langs</c>.</summary>
    public static LanguageSet DetectableLanguages => new(Detector.Value.Languages);

    public static DocumentPipeline Create(RuleCatalog catalog, CleanupOptions cleanup, LanguageSet? languages = null, TokenStage? tokens = null)
    {
        var builder = new DocumentPipelineBuilder();
        foreach (var stage in ConversionStages.Create(catalog, cleanup, Detector.Value, languages))
        {
            builder.Add(stage);
        }
        if (tokens is not null)
        {
            builder.Add(tokens);
        }
        return builder.Build();
    }
}
