namespace TextPipe.Validation;

/// <summary>
/// A whole check: outcomes from the checker, minus what the baseline accepts, into the report, until the inputs end
/// or <see cref="MaxFailures"/> documents have failed. Collects fingerprints for <c>--write-baseline</c> when asked.
/// </summary>
public sealed class CheckRun(ICheckReport report)
{
    public Baseline? Baseline { get; init; }

    /// <summary>Stop after this many failed documents (null: never).</summary>
    public int? MaxFailures { get; init; }

    /// <summary>When set, every finding's fingerprint (baselined ones too) is added here, for a new baseline.</summary>
    public ICollection<string>? Fingerprints { get; init; }

    public CheckSummary Run(IEnumerable<DocumentOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(report);
        int documents = 0, passed = 0, failed = 0, errors = 0, warnings = 0, duplicates = 0, baselined = 0;
        bool stopped = false;
        foreach (var raw in outcomes)
        {
            if (Fingerprints is not null)
            {
                foreach (var finding in raw.Findings)
                {
                    Fingerprints.Add(finding.Fingerprint(raw.Source));
                }
            }
            var outcome = Baseline is null ? raw : WithoutAccepted(raw, Baseline);
            documents++;
            baselined += outcome.Baselined;
            errors += outcome.Findings.Count(f => f.Severity == CheckSeverity.Error);
            warnings += outcome.Warnings;
            duplicates += outcome.Findings.Count(CheckSummary.IsDuplicate);
            if (outcome.Failed)
            {
                failed++;
            }
            else
            {
                passed++;
            }
            report.Document(outcome);
            if (MaxFailures is int max && failed >= max)
            {
                stopped = true;
                break;
            }
        }
        var summary = new CheckSummary(documents, passed, failed, errors, warnings, duplicates, baselined) { StoppedEarly = stopped };
        report.Finish(summary);
        return summary;
    }

    private static DocumentOutcome WithoutAccepted(DocumentOutcome outcome, Baseline baseline)
    {
        var kept = outcome.Findings.Where(f => !baseline.Accepts(f, outcome.Source)).ToList();
        return kept.Count == outcome.Findings.Length ? outcome : outcome with { Findings = [.. kept], Baselined = outcome.Findings.Length - kept.Count };
    }
}
