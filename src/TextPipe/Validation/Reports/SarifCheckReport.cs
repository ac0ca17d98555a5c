using System.Text.Json;

namespace TextPipe.Validation.Reports;

/// <summary>
/// SARIF 2.1.0, for code-scanning views: one run whose tool driver (<c>textpipe</c>) lists every check rule, and a
/// result per finding with its rule id, level, message, location (file, and line/column where known, with the
/// snippet) and a partial fingerprint. Written as it goes.
/// </summary>
public sealed class SarifCheckReport : ICheckReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly Utf8JsonWriter writer;

    public SarifCheckReport(Stream output, CheckCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        writer.WriteStartObject();
        writer.WriteString("$schema", SchemaUri);
        writer.WriteString("version", "2.1.0");
        writer.WriteStartArray("runs");
        writer.WriteStartObject();
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "textpipe");
        writer.WriteString("informationUri", "https://github.com/textpipe/textpipe/blob/main/docs/check.md");
        writer.WriteStartArray("rules");
        foreach (var rule in catalog.Descriptors.Append(CheckCatalog.ReadError))
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Summary);
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", CheckReports.Severity(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("results");
    }

    public void Document(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        foreach (var finding in outcome.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId", finding.RuleId);
            writer.WriteString("level", CheckReports.Severity(finding.Severity));
            writer.WriteStartObject("message");
            writer.WriteString("text", finding.Message);
            writer.WriteEndObject();
            writer.WriteStartArray("locations");
            writer.WriteStartObject();
            writer.WriteStartObject("physicalLocation");
            writer.WriteStartObject("artifactLocation");
            writer.WriteString("uri", Uri(outcome.Source));
            writer.WriteEndObject();
            if (finding.Line is long line && line >= 1)
            {
                writer.WriteStartObject("region");
                writer.WriteNumber("startLine", line);
                if (finding.Column is int column)
                {
                    writer.WriteNumber("startColumn", column);
                }
                if (finding.Snippet.Length > 0)
                {
                    writer.WriteStartObject("snippet");
                    writer.WriteString("text", finding.Snippet);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("partialFingerprints");
            writer.WriteString("textpipe/v1", finding.Fingerprint(outcome.Source));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        if (writer.BytesPending > 1 << 16)
        {
            writer.Flush();
        }
    }

    public void Finish(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        writer.WriteEndArray();
        writer.WriteStartObject("properties");
        writer.WriteString("summary", CheckReports.SummaryLine(summary));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        writer.Dispose();
    }

    /// <summary>A relative URI reference for a path as given: forward slashes, each segment escaped; stdin as <c>stdin</c>.</summary>
    internal static string Uri(string source) =>
        source == "-" ? "stdin" : string.Join('/', source.Replace('\\', '/').Split('/').Select(System.Uri.EscapeDataString));

    public void Dispose() => writer.Dispose();
}
