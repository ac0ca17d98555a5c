using System.Globalization;

namespace TextPipe.Validation.Reports;

/// <summary>
/// The report for people: findings grouped under their file, each with its line:column (where the rule can point at
/// one), severity, rule id, message and snippet; then the summary line. Colour only when asked (a terminal without NO_COLOR).
/// </summary>
public sealed class TextCheckReport(Stream output, bool color) : ICheckReport
{
    private readonly StreamWriter writer = CheckReports.Writer(output);
    private string? currentSource;

    public void Document(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Findings.IsEmpty)
        {
            return;
        }
        if (outcome.Source != currentSource)
        {
            if (currentSource is not null)
            {
                writer.WriteLine();
            }
            writer.WriteLine(Paint(outcome.Source, "1"));
            currentSource = outcome.Source;
        }
        foreach (var finding in outcome.Findings)
        {
            string where = finding.Line is long line
                ? finding.Column is int column ? string.Create(CultureInfo.InvariantCulture, $"{line}:{column}") : line.ToString(CultureInfo.InvariantCulture)
                : "-";
            string severity = finding.Severity == CheckSeverity.Error ? Paint("error", "31") : Paint("warning", "33");
            writer.Write($"  {where}: {severity} [{finding.RuleId}] {finding.Message}");
            if (finding.Snippet.Length > 0)
            {
                writer.Write($"  «{finding.Snippet}»");
            }
            writer.WriteLine();
        }
    }

    public void Finish(CheckSummary summary)
    {
        if (currentSource is not null)
        {
            writer.WriteLine();
        }
        writer.WriteLine(CheckReports.SummaryLine(summary));
        writer.Flush();
    }

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;

    public void Dispose() => writer.Dispose();
}
