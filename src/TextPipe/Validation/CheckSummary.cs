namespace TextPipe.Validation;

/// <summary>The totals of a check run, for the summary line and the machine-readable reports.</summary>
public sealed record CheckSummary(int Documents, int Passed, int Failed, int Errors, int Warnings, int Duplicates, int Baselined)
{
    /// <summary>The run stopped at <c>--max-failures</c> before reading every input.</summary>
    public bool StoppedEarly { get; init; }

    public static bool IsDuplicate(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.RuleId is "exact-duplicate" or "near-duplicate";
    }
}
