using System.Globalization;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>quality-line-punctuation</c> (C4, Gopher): enough lines end like sentences (. ! ? 。 ！ ？ and closing quotes),
/// and few end in an ellipsis (truncated teasers). Judged from <c>min_lines</c> lines up.
/// </summary>
public sealed class LinePunctuationRule : IDocumentCheckRule
{
    private const string Terminal = ".!?。！？…:：;；\"'”’」』)）》";

    public CheckRuleDescriptor Descriptor { get; } = new(
        "quality-line-punctuation", "quality", "Enough lines end in sentence punctuation, few in an ellipsis", CheckSeverity.Warning,
        [
            new("min_share", CheckParameterKind.Number, 0.2, "smallest share of lines ending in sentence punctuation"),
            new("max_ellipsis_share", CheckParameterKind.Number, 0.3, "largest share of lines ending in … or ..."),
            new("min_lines", CheckParameterKind.Number, 5.0, "fewest lines for the shares to be judged"),
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
        var unpunctuated = lines.Where(l => !Terminal.Contains(l.Text[^1], StringComparison.Ordinal)).ToList();
        double share = 1 - (double)unpunctuated.Count / lines.Count;
        if (settings.Number("min_share") is double min && share < min)
        {
            var first = unpunctuated[0];
            findings.Add(document.At(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"{share:P0} of {lines.Count} lines end in sentence punctuation, fewer than {min:P0}")), first.Offset, first.Text.Length));
        }
        var ellipses = lines.Where(l => l.Text.EndsWith('…') || l.Text.EndsWith("...", StringComparison.Ordinal)).ToList();
        double ellipsisShare = (double)ellipses.Count / lines.Count;
        if (settings.Number("max_ellipsis_share") is double maxEllipsis && ellipsisShare > maxEllipsis)
        {
            findings.Add(document.At(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"{ellipsisShare:P0} of {lines.Count} lines end in an ellipsis, more than {maxEllipsis:P0}")), ellipses[0].Offset, ellipses[0].Text.Length));
        }
    }
}
