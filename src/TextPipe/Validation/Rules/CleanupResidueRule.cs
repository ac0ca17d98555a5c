using System.Globalization;

namespace TextPipe.Validation.Rules;

/// <summary><c>cleanup-residue</c>: the share of the source's characters cleanup removed stays small (a corpus that needs heavy cleaning was not clean).</summary>
public sealed class CleanupResidueRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "cleanup-residue", "cleanup", "Small share of characters removed by cleanup", CheckSeverity.Warning,
        [new("max_removed_share", CheckParameterKind.Number, 0.3, "largest share of the source's characters cleanup may remove")]);

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var stats = document.Document.Stats;
        if (stats.CharsIn == 0 || settings.Number("max_removed_share") is not double max)
        {
            return;
        }
        int removed = stats.RemovedByRule.Values.Sum();
        double share = (double)removed / stats.CharsIn;
        if (share > max)
        {
            string top = string.Join(", ", stats.RemovedByRule.Where(r => r.Value > 0).OrderByDescending(r => r.Value).Take(3)
                .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value}")));
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"cleanup removed {share:P0} of {stats.CharsIn} characters ({top}), more than {max:P0}"))));
        }
    }
}
