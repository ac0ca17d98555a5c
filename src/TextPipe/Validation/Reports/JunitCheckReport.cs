using System.Globalization;
using System.Xml;

namespace TextPipe.Validation.Reports;

/// <summary>
/// JUnit XML: one test suite, one test case per document and rule that ran (class name: the document; name: the
/// rule id), a <c>failure</c> for each error finding; warnings go to the case's <c>system-out</c> and do not fail it.
/// The suite's counts come first in the XML, so the cases are kept until the end (one line each, never texts).
/// </summary>
public sealed class JunitCheckReport(Stream output) : ICheckReport
{
    private readonly List<(string Document, string Rule, List<Finding> Findings)> cases = [];

    public void Document(DocumentOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        foreach (string rule in outcome.RulesRun)
        {
            cases.Add((outcome.Name, rule, [.. outcome.Findings.Where(f => f.RuleId == rule)]));
        }
    }

    public void Finish(CheckSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        int failures = cases.Count(c => c.Findings.Any(f => f.Severity == CheckSeverity.Error));
        using var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false), CloseOutput = false });
        writer.WriteStartDocument();
        writer.WriteStartElement("testsuites");
        Counts(writer, failures);
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", "textpipe check");
        Counts(writer, failures);
        foreach (var (document, rule, findings) in cases)
        {
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("classname", document);
            writer.WriteAttributeString("name", rule);
            foreach (var finding in findings.Where(f => f.Severity == CheckSeverity.Error))
            {
                writer.WriteStartElement("failure");
                writer.WriteAttributeString("type", finding.RuleId);
                writer.WriteAttributeString("message", Clean(finding.Message));
                writer.WriteString(Clean(Detail(finding)));
                writer.WriteEndElement();
            }
            var warnings = findings.Where(f => f.Severity == CheckSeverity.Warning).ToList();
            if (warnings.Count > 0)
            {
                writer.WriteElementString("system-out", Clean(string.Join("\n", warnings.Select(w => "warning: " + Detail(w)))));
            }
            writer.WriteEndElement();
        }
        writer.WriteElementString("system-out", CheckReports.SummaryLine(summary));
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private void Counts(XmlWriter writer, int failures)
    {
        writer.WriteAttributeString("tests", cases.Count.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("errors", "0");
    }

    private static string Detail(Finding finding)
    {
        string where = finding.Line is long line ? (finding.Column is int column ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {column}: ") : string.Create(CultureInfo.InvariantCulture, $"line {line}: ")) : "";
        return where + finding.Message + (finding.Snippet.Length > 0 ? $"\n  {finding.Snippet}" : "");
    }

    /// <summary>XML 1.0 cannot carry most control characters even escaped: they become U+FFFD in the report.</summary>
    private static string Clean(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                char c = source[i];
                span[i] = XmlConvert.IsXmlChar(c) || (char.IsSurrogate(c) && i + 1 < source.Length && XmlConvert.IsXmlSurrogatePair(source[i + 1], c))
                    || (char.IsLowSurrogate(c) && i > 0 && XmlConvert.IsXmlSurrogatePair(c, source[i - 1]))
                    ? c : '\uFFFD';
            }
        });

    public void Dispose()
    {
        // Nothing held open: the XML is written and closed in Finish.
    }
}
