using TextPipe.Cleanup;
using TextPipe.Documents;
using TextPipe.Language;
using TextPipe.Pipeline;
using TextPipe.Readers;
using TextPipe.Segmentation;

namespace TextPipe.Bench.WebExtract;

/// <summary>The library wired as the CLI's defaults wire it: default reader options and rules, language, sentences.</summary>
internal sealed class DefaultExtractor
{
    private readonly DocumentLoader _loader = new(new ReaderOptions());
    private readonly DocumentPipeline _pipeline;

    public DefaultExtractor()
    {
        var catalog = DefaultRules.CreateCatalog();
        _pipeline = new DocumentPipelineBuilder()
            .Add(new CleanupStage(catalog, new RulesFile().Resolve(catalog, "default")))
            .Add(new LanguageStage(LanguageDetector.Load()))
            .Add(new SentenceStage())
            .Build();
    }

    public Document? TryConvert(byte[] content, string path)
    {
        try
        {
            return _pipeline.Run(_loader.Load(content, SourceInfo.FromPath(path)));
        }
        catch (InputException)
        {
            return null; // scored as an empty prediction, and counted
        }
    }
}
