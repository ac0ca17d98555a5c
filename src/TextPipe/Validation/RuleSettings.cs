using System.Collections.Immutable;

namespace TextPipe.Validation;

/// <summary>A rule's settings for one document: on or off, its severity, and each parameter's value (the rule's defaults where the rules file says nothing).</summary>
public sealed record RuleSettings(CheckRuleDescriptor Rule, bool Enabled, CheckSeverity Severity, ImmutableDictionary<string, object?> Values)
{
    public static RuleSettings Defaults(CheckRuleDescriptor rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule, !rule.OffByDefault, rule.DefaultSeverity, rule.Parameters.ToImmutableDictionary(p => p.Key, p => p.Default, StringComparer.Ordinal));
    }

    public double? Number(string key) => Values.GetValueOrDefault(key) as double?;

    public bool Boolean(string key) => Values.GetValueOrDefault(key) is true;

    public string? Text(string key) => Values.GetValueOrDefault(key) as string;

    public ImmutableArray<string> TextList(string key) => Values.GetValueOrDefault(key) is ImmutableArray<string> list ? list : [];

    public ImmutableDictionary<string, string> TextMap(string key) =>
        Values.GetValueOrDefault(key) as ImmutableDictionary<string, string> ?? ImmutableDictionary<string, string>.Empty;

    public ImmutableDictionary<string, double> NumberMap(string key) =>
        Values.GetValueOrDefault(key) as ImmutableDictionary<string, double> ?? ImmutableDictionary<string, double>.Empty;

    public Finding Finding(string message) => new(Rule.Id, Severity, message);

    /// <summary>These settings with a patch from the rules file laid over them.</summary>
    public RuleSettings With(RuleSettingsPatch patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        return new(Rule, patch.Enabled ?? (Enabled || !patch.Values.IsEmpty), patch.Severity ?? Severity, Values.SetItems(patch.Values));
    }
}

/// <summary>What a rules file says about one rule (only what it says: the rest comes from the defaults or the base section).</summary>
public sealed record RuleSettingsPatch(bool? Enabled, CheckSeverity? Severity, ImmutableDictionary<string, object?> Values)
{
    public static RuleSettingsPatch Empty { get; } = new(null, null, ImmutableDictionary<string, object?>.Empty);
}
