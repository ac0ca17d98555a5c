using System.Globalization;
using TextPipe.Documents;

namespace TextPipe.Validation.Rules;

/// <summary><c>length</c>: the clean text's characters, sentences and paragraphs within bounds.</summary>
public sealed class LengthRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "length", "length", "Characters, sentences and paragraphs of the clean text within bounds", CheckSeverity.Error,
        [
            new("min_chars", CheckParameterKind.Number, 1.0, "fewest characters"),
            new("max_chars", CheckParameterKind.Number, null, "most characters (no limit by default)"),
            new("min_sentences", CheckParameterKind.Number, null, "fewest sentences"),
            new("max_sentences", CheckParameterKind.Number, null, "most sentences"),
            new("min_paragraphs", CheckParameterKind.Number, null, "fewest paragraphs"),
            new("max_paragraphs", CheckParameterKind.Number, null, "most paragraphs"),
        ]);

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var content = document.Document.ContentBlocks.ToList();
        Bound(document, settings, findings, "characters", TextMeasure.CountChars(document.Text), "min_chars", "max_chars");
        Bound(document, settings, findings, "sentences", content.Sum(b => b.Sentences.Length), "min_sentences", "max_sentences");
        Bound(document, settings, findings, "paragraphs", content.Count, "min_paragraphs", "max_paragraphs");
    }

    private static void Bound(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings, string what, int count, string minKey, string maxKey)
    {
        if (settings.Number(minKey) is double min && count < min)
        {
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture, $"{count} {what}, fewer than {minKey} {min}"))));
        }
        if (settings.Number(maxKey) is double max && count > max)
        {
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture, $"{count} {what}, more than {maxKey} {max}"))));
        }
    }
}
