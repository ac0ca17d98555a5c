using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Pipeline;

namespace TextPipe.Cleanup;

/// <summary>The cleanup stage: runs the enabled rules of a catalog, in order, over each document.</summary>
public sealed class CleanupStage : IDocumentStage
{
    private readonly ImmutableArray<ICleanupRule> rules;
    private readonly CleanupOptions options;

    public CleanupStage(RuleCatalog catalog, CleanupOptions options)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        rules = [.. catalog.Enabled(options)];
    }

    public string Name => "cleanup";

    public Document Process(Document document)
    {
        var context = new CleanupContext(document, options);
        foreach (var rule in rules)
        {
            context.Run(rule);
        }
        return context.ToDocument();
    }
}
