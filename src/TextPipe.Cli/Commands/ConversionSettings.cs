using System.CommandLine;
using TextPipe.Cleanup;
using TextPipe.Conversion;
using TextPipe.Readers;

namespace TextPipe.Cli.Commands;

/// <summary>Everything that decides how one input becomes a document (reading and cleanup), shared by convert and inspect.</summary>
internal sealed class ConversionSettings
{
    private readonly ReadOptions readOptions = new();
    private readonly CleanupSettings cleanupSettings = new();

    public void AddTo(Command command)
    {
        readOptions.AddTo(command);
        cleanupSettings.AddTo(command);
    }

    /// <summary>Validates the options (usage errors throw <see cref="UsageException"/>) and builds the converter.</summary>
    public BatchConverter CreateConverter(ParseResult parse, CliEnvironment environment, int jobs)
    {
        var readerOptions = readOptions.Resolve(parse);
        var catalog = DefaultRules.CreateCatalog();
        var pipeline = PipelineFactory.Create(catalog, cleanupSettings.Resolve(parse, catalog));
        return new BatchConverter(new DocumentLoader(readerOptions), pipeline, jobs, environment.OpenStandardInput);
    }
}
