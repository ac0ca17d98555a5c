using System.Globalization;
using TextPipe.Documents;

namespace TextPipe.Validation;

/// <summary>
/// One thing a check rule found in a document: which rule, how bad, what, and where. <see cref="Line"/> and
/// <see cref="Column"/> are 1-based; for a file they point into its clean text, for a dataset row <see cref="Line"/>
/// is the row's line in the dataset. <see cref="Related"/> names the other member of a duplicate pair.
/// </summary>
public sealed record Finding(string RuleId, CheckSeverity Severity, string Message)
{
    public long? Line { get; init; }

    public int? Column { get; init; }

    /// <summary>The offending text, short enough for one line of a report; empty when the finding is about the whole document.</summary>
    public string Snippet { get; init; } = "";

    public string? Related { get; init; }

    /// <summary>
    /// A stable name for this finding across runs, for baselines: rule id, source and a hash of the snippet
    /// (not its line, so an edit above it does not make an old finding look new).
    /// </summary>
    public string Fingerprint(string source) =>
        TextMeasure.ContentId(string.Create(CultureInfo.InvariantCulture, $"{RuleId}\u001F{source}\u001F{Snippet}\u001F{Related}"));
}
