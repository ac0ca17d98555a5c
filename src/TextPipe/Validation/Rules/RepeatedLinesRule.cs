using System.Globalization;

namespace TextPipe.Validation.Rules;

/// <summary><c>quality-repeated-lines</c> (Gopher): few lines repeat an earlier line of the document (menus, footers, scraper loops).</summary>
public sealed class RepeatedLinesRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "quality-repeated-lines", "quality", "Few lines repeat an earlier line (Gopher: 30 %)", CheckSeverity.Warning,
        [
            new("max_share", CheckParameterKind.Number, 0.3, "largest share of lines that repeat an earlier one"),
            new("min_lines", CheckParameterKind.Number, 4.0, "fewest lines for the share to be judged"),
        ]);

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var lines = TextUnits.Lines(document.Text);
        if (lines.Count == 0 || lines.Count < (settings.Number("min_lines") ?? 0))
        {
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var repeats = lines.Where(l => !seen.Add(l.Text)).ToList();
        double share = (double)repeats.Count / lines.Count;
        if (settings.Number("max_share") is double max && share > max)
        {
            findings.Add(document.At(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"{repeats.Count} of {lines.Count} lines repeat an earlier line ({share:P0}, more than {max:P0})")), repeats[0].Offset, repeats[0].Text.Length));
        }
    }
}
