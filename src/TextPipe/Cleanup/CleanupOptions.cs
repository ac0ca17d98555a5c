using System.Collections.Immutable;

namespace TextPipe.Cleanup;

/// <summary>What to do with a sentence whose numbers are damaged beyond certain repair.</summary>
public enum GarbledNumbersPolicy
{
    Drop,
    Flag,
    Keep,
}

/// <summary>What the <c>urls</c> rule does with URLs and e-mail addresses.</summary>
public enum UrlPolicy
{
    Keep,
    Mask,
    Remove,
}

/// <summary>Validated cleanup settings: which rules run and the policies rules read. Built from a profile, then adjusted.</summary>
public sealed record CleanupOptions
{
    public required string Profile { get; init; }

    /// <summary>Ids of the rules that run (in catalog order, whatever the order here).</summary>
    public required ImmutableHashSet<string> EnabledRules { get; init; }

    public GarbledNumbersPolicy GarbledNumbers { get; init; } = GarbledNumbersPolicy.Drop;

    public UrlPolicy Urls { get; init; } = UrlPolicy.Keep;

    /// <summary>Keep the narrow no-break space French typography puts before <c>: ; ! ? »</c>.</summary>
    public bool KeepFrenchSpacing { get; init; } = true;

    public bool IsEnabled(string ruleId) => EnabledRules.Contains(ruleId);
}
