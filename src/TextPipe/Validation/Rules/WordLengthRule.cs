using System.Globalization;
using TextPipe.Text;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>quality-word-length</c> (Gopher): the mean length of alphabetic words between bounds: very short words mean
/// lists of symbols or fragments, very long ones mean URLs, hashes or glued text. Words in CJK script are not measured
/// (a CJK character is a word of one); a document with fewer than <c>min_words</c> alphabetic words is not judged.
/// </summary>
public sealed class WordLengthRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "quality-word-length", "quality", "Mean length of alphabetic words within bounds (Gopher: 3 to 10)", CheckSeverity.Warning,
        [
            new("min_mean", CheckParameterKind.Number, 3.0, "shortest mean word length"),
            new("max_mean", CheckParameterKind.Number, 10.0, "longest mean word length"),
            new("min_words", CheckParameterKind.Number, 20.0, "fewest alphabetic words for the mean to be judged"),
        ]);

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var words = TextUnits.Words(document.Text).Where(w => !w.Cjk).ToList();
        if (words.Count == 0 || words.Count < (settings.Number("min_words") ?? 0))
        {
            return;
        }
        double mean = words.Average(w => (double)w.Length);
        double min = settings.Number("min_mean") ?? 0;
        double max = settings.Number("max_mean") ?? double.MaxValue;
        if (mean < min || mean > max)
        {
            var worst = mean > max ? words.MaxBy(w => w.Length) : words.MinBy(w => w.Length);
            findings.Add(document.At(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"mean word length {mean:0.0} outside {min:0.#}–{max:0.#} over {words.Count} words")), worst.Offset, worst.Length));
        }
    }
}
