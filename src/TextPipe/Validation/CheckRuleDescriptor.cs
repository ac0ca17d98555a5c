namespace TextPipe.Validation;

/// <summary>What a check rule is: its stable id, its group, one line on what it checks, its default severity and settings.</summary>
public sealed record CheckRuleDescriptor(string Id, string Group, string Summary, CheckSeverity DefaultSeverity, IReadOnlyList<CheckParameter> Parameters)
{
    /// <summary>Off by default (the rule only runs once a rules file turns it on or sets one of its limits).</summary>
    public bool OffByDefault { get; init; }

    public CheckParameter? Parameter(string key) => Parameters.FirstOrDefault(p => p.Key == key);
}
