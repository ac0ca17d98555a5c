using System.Globalization;
using TextPipe.Text;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>quality-cjk-share</c>: the share of CJK characters among the letters within bounds (a Chinese corpus whose rows
/// turn out to be English boilerplate, or an English one flooded with CJK). Off until a bound is set.
/// </summary>
public sealed class CjkShareRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "quality-cjk-share", "quality", "Share of CJK vs Latin letters within bounds", CheckSeverity.Warning,
        [
            new("min_share", CheckParameterKind.Number, null, "smallest share of CJK letters among letters"),
            new("max_share", CheckParameterKind.Number, null, "largest share of CJK letters among letters"),
        ])
    { OffByDefault = true };

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        if (!document.Text.Any(char.IsLetter))
        {
            return;
        }
        double share = Scripts.CjkShare(document.Text);
        if (settings.Number("min_share") is double min && share < min)
        {
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture, $"CJK letters are {share:P0} of the letters, fewer than {min:P0}"))));
        }
        if (settings.Number("max_share") is double max && share > max)
        {
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture, $"CJK letters are {share:P0} of the letters, more than {max:P0}"))));
        }
    }
}
