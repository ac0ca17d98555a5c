using System.Collections.Immutable;
using System.Globalization;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>language</c>: the document's main language is one of <c>langs</c>, detected with at least <c>min_confidence</c>,
/// and languages outside <c>langs</c> make up at most <c>max_other_share</c> of it. Off until <c>langs</c> is set.
/// </summary>
public sealed class LanguageRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "language", "languages", "Main language among the expected ones, detected with confidence, little text in other languages", CheckSeverity.Error,
        [
            new("langs", CheckParameterKind.TextList, ImmutableArray<string>.Empty, "expected languages (e.g. [zh, en]); none: any"),
            new("min_confidence", CheckParameterKind.Number, 0.5, "lowest detection confidence of the main language"),
            new("max_other_share", CheckParameterKind.Number, 0.2, "largest share of the text in languages outside langs"),
        ])
    { OffByDefault = true };

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var doc = document.Document;
        var expected = settings.TextList("langs");
        string lang = doc.Lang ?? "und";
        if (!expected.IsEmpty && !expected.Contains(lang, StringComparer.OrdinalIgnoreCase) && !expected.Any(e => lang.StartsWith(e + "-", StringComparison.OrdinalIgnoreCase)))
        {
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture, $"language {lang}, expected {string.Join(" or ", expected)}"))));
            return;
        }
        if (settings.Number("min_confidence") is double minConfidence && (doc.LangConfidence ?? 0) < minConfidence)
        {
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"language {lang} detected with confidence {doc.LangConfidence ?? 0:0.00}, below {minConfidence:0.00}"))));
        }
        if (!expected.IsEmpty && settings.Number("max_other_share") is double maxOther)
        {
            var others = doc.Langs.Where(l => !expected.Any(e => l.Key.Equals(e, StringComparison.OrdinalIgnoreCase) || l.Key.StartsWith(e + "-", StringComparison.OrdinalIgnoreCase))).ToList();
            double share = others.Sum(l => l.Value);
            if (share > maxOther)
            {
                string which = string.Join(", ", others.OrderByDescending(l => l.Value).Take(3).Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Key} {l.Value:P0}")));
                findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                    $"{share:P0} of the text in other languages ({which}), more than {maxOther:P0}"))));
            }
        }
    }
}
