using TextPipe.Cleanup;
using TextPipe.Language;
using TextPipe.Pipeline;
using TextPipe.Segmentation;

namespace TextPipe.Cli.Commands;

/// <summary>
/// Wires the pipeline from validated options: cleanup first (line joins must happen before sentences are
/// found), then language identification, then sentences (which read each block's language).
/// </summary>
internal static class PipelineFactory
{
    private static readonly Lazy<LanguageDetector> Detector = new(() => LanguageDetector.Load());

    /// <summary>The languages detection can answer, as a set (so <c>zh</c> and <c>zh-Hant</c> both belong), for validating <c>--langs</c>.</summary>
    public static LanguageSet DetectableLanguages => new(Detector.Value.Languages);

    public static DocumentPipeline Create(RuleCatalog catalog, CleanupOptions cleanup, LanguageSet? languages = null, TokenStage? tokens = null)
    {
        var builder = new DocumentPipelineBuilder()
            .Add(new CleanupStage(catalog, cleanup))
            .Add(new LanguageStage(Detector.Value, languages))
            .Add(new SentenceStage());
        if (tokens is not null)
        {
            builder.Add(tokens);
        }
        return builder.Build();
    }
}
