using TextPipe.Cleanup;
using TextPipe.Conversion;
using TextPipe.Documents;
using TextPipe.Language;
using TextPipe.Pipeline;
using TextPipe.Readers;

namespace TextPipe.Bench.WebExtract;

/// <summary>The library wired as the CLI's defaults wire it: default reader options and rules, language, sentences.</summary>
internal sealed class DefaultExtractor
{
    private readonly DocumentLoader _loader = new(new ReaderOptions());
    private readonly DocumentPipeline _pipeline;

    public DefaultExtractor()
    {
        var catalog = DefaultRules.CreateCatalog();
        var builder = new DocumentPipelineBuilder();
        foreach (var stage in ConversionStages.Create(catalog, new RulesFile().Resolve(catalog, "default"), LanguageDetector.Load()))
        {
            builder.Add(stage);
        }
        _pipeline = builder.Build();
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
