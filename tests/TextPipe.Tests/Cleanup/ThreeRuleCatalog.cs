using TextPipe.Cleanup;

namespace TextPipe.Tests.Cleanup;

/// <summary>A small catalog of do-nothing rules with known profiles, for tests of rule selection.</summary>
public static class ThreeRuleCatalog
{
    public static RuleCatalog Create() => new(
    [
        new NamedRule("unicode", "minimal", "default", "strict"),
        new NamedRule("image-links", "default", "strict"),
        new NamedRule("urls", "strict"),
    ]);

    public sealed class NamedRule(string id, params string[] profiles) : ICleanupRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, "test", profiles.ToHashSet());

        public void Apply(CleanupContext context)
        {
        }
    }
}
