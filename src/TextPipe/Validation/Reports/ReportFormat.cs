namespace TextPipe.Validation.Reports;

/// <summary>The report formats of <c>textpipe check --report</c>.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Junit,
    Github,
    Sarif,
}

/// <summary>Makes the report of a format over a stream.</summary>
public static class CheckReports
{
    public static readonly IReadOnlyList<string> Names = ["text", "json", "junit", "github", "sarif"];

    public static ICheckReport Create(ReportFormat format, Stream output, CheckCatalog catalog, bool color = false) => format switch
    {
        ReportFormat.Json => new JsonCheckReport(output),
        ReportFormat.Junit => new JunitCheckReport(output),
        ReportFormat.Github => new GithubCheckReport(output),
        ReportFormat.Sarif => new SarifCheckReport(output, catalog),
        _ => new TextCheckReport(output, color),
    };

    /// <summary>The summary line every format ends with (text, github) or carries (json, junit, sarif).</summary>
    public static string SummaryLine(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        string line = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{summary.Documents} documents, {summary.Passed} passed, {summary.Failed} failed, {summary.Warnings} warnings, {summary.Duplicates} duplicates");
        if (summary.Baselined > 0)
        {
            line += string.Create(System.Globalization.CultureInfo.InvariantCulture, $" ({summary.Baselined} findings accepted by the baseline)");
        }
        if (summary.StoppedEarly)
        {
            line += " (stopped early at --max-failures)";
        }
        return line;
    }

    internal static StreamWriter Writer(Stream output) =>
        new(output, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    internal static string Severity(CheckSeverity severity) => severity == CheckSeverity.Error ? "error" : "warning";
}
