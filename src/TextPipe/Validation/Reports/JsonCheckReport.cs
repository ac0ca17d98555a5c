using System.Text.Json;

namespace TextPipe.Validation.Reports;

/// <summary>
/// One JSON object: <c>documents</c> (each document with findings: name, source, passed, findings with rule,
/// severity, message, line, column, snippet, related, fingerprint) and <c>summary</c>. Written as it goes.
/// </summary>
public sealed class JsonCheckReport : ICheckReport
{
    private readonly Utf8JsonWriter writer;

    public JsonCheckReport(Stream output)
    {
        writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteStartArray("documents");
    }

    public void Document(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Findings.IsEmpty)
        {
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("name", outcome.Name);
        writer.WriteString("source", outcome.Source);
        writer.WriteBoolean("passed", !outcome.Failed);
        writer.WriteStartArray("findings");
        foreach (var finding in outcome.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", finding.RuleId);
            writer.WriteString("severity", CheckReports.Severity(finding.Severity));
            writer.WriteString("message", finding.Message);
            if (finding.Line is long line)
            {
                writer.WriteNumber("line", line);
            }
            if (finding.Column is int column)
            {
                writer.WriteNumber("column", column);
            }
            writer.WriteString("snippet", finding.Snippet);
            if (finding.Related is not null)
            {
                writer.WriteString("related", finding.Related);
            }
            writer.WriteString("fingerprint", finding.Fingerprint(outcome.Source));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
        }
    }

    public void Finish(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteEndArray();
        writer.WriteStartObject("summary");
        writer.WriteNumber("documents", summary.Documents);
        writer.WriteNumber("passed", summary.Passed);
        writer.WriteNumber("failed", summary.Failed);
        writer.WriteNumber("errors", summary.Errors);
        writer.WriteNumber("warnings", summary.Warnings);
        writer.WriteNumber("duplicates", summary.Duplicates);
        writer.WriteNumber("baselined", summary.Baselined);
        writer.WriteBoolean("stopped_early", summary.StoppedEarly);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.Flush();
        writer.Dispose();
    }

    public void Dispose() => writer.Dispose();
}
