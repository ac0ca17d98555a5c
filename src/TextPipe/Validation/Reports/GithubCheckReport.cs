using System.Globalization;
using System.Text;

namespace TextPipe.Validation.Reports;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error file=…,line=…,col=…,title=…::message</c> (or <c>::warning</c>)
/// per finding, escaped as the runner expects (% CR LF in messages; also : and , in properties), then the summary line.
/// </summary>
public sealed class GithubCheckReport(Stream output) : ICheckReport
{
    private readonly StreamWriter writer = CheckReports.Writer(output);

    public void Document(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        foreach (var finding in outcome.Findings)
        {
            var properties = new StringBuilder();
            properties.Append("file=").Append(Property(outcome.Source));
            if (finding.Line is long line)
            {
                properties.Append(CultureInfo.InvariantCulture, $",line={line}");
                if (finding.Column is int column)
                {
                    properties.Append(CultureInfo.InvariantCulture, $",col={column}");
                }
            }
            properties.Append(",title=").Append(Property(finding.RuleId));
            string message = finding.Snippet.Length > 0 ? $"{finding.Message}: {finding.Snippet}" : finding.Message;
            writer.WriteLine($"::{CheckReports.Severity(finding.Severity)} {properties}::{Data(message)}");
        }
    }

    public void Finish(CheckSummary summary)
    {
        writer.WriteLine(CheckReports.SummaryLine(summary));
        writer.Flush();
    }

    internal static string Data(string text) => text.Replace("%", "%25", StringComparison.Ordinal)
        .Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    internal static string Property(string text) => Data(text)
        .Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    public void Dispose() => writer.Dispose();
}
