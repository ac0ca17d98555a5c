using System.Collections.Immutable;

namespace TextPipe.Validation;

/// <summary>What the check found in one document (or one input that could not be read): its name, the rules that ran, and their findings.</summary>
public sealed record DocumentOutcome(string Name, string Source, ImmutableArray<string> RulesRun, ImmutableArray<Finding> Findings)
{
    /// <summary>Findings a baseline accepted: not reported, not failing, but counted.</summary>
    public int Baselined { get; init; }

    public bool Failed => Findings.Any(f => f.Severity == CheckSeverity.Error);

    public int Warnings => Findings.Count(f => f.Severity == CheckSeverity.Warning);
}
