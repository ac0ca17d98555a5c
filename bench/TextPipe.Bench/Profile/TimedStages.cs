using TextPipe.Cleanup;
using TextPipe.Documents;
using TextPipe.Pipeline;

namespace TextPipe.Bench.Profile;

/// <summary>A pipeline stage that adds its time to a <see cref="StageClock"/> under its name.</summary>
internal sealed class TimedStage(IDocumentStage inner, StageClock clock) : IDocumentStage
{
    public string Name => inner.Name;

    public Document Process(Document document) => clock.Time(inner.Name, () => inner.Process(document));
}

/// <summary>A cleanup rule that adds its time to a <see cref="StageClock"/> as <c>cleanup/ID</c>, all passes summed.</summary>
internal sealed class TimedRule(ICleanupRule inner, StageClock clock) : ICleanupRule
{
    public RuleDescriptor Descriptor => inner.Descriptor;

    public void Apply(CleanupContext context) => clock.Time("cleanup/" + inner.Descriptor.Id, () => inner.Apply(context));
}
