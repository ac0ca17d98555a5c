using System.Globalization;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>quality-repeated-ngrams</c> (Gopher's duplicate n-gram fraction): the share of words covered by word
/// n-grams that occur more than once stays small. CJK characters count as words, so the rule reads zh as it reads en.
/// </summary>
public sealed class RepeatedNgramsRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "quality-repeated-ngrams", "quality", "Few words inside repeated word n-grams (Gopher: 5-grams, 15 %)", CheckSeverity.Warning,
        [
            new("n", CheckParameterKind.Number, 5.0, "n-gram length in words (a CJK character is a word)"),
            new("max_share", CheckParameterKind.Number, 0.15, "largest share of words inside a repeated n-gram"),
            new("min_words", CheckParameterKind.Number, 50.0, "fewest words for the share to be judged"),
        ]);

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        int n = Math.Max(1, (int)(settings.Number("n") ?? 5));
        var words = TextUnits.Words(document.Text);
        if (words.Count < n || words.Count < (settings.Number("min_words") ?? 0))
        {
            return;
        }
        string text = document.Text;
        var keys = new string[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            keys[i] = text.Substring(words[i].Offset, words[i].Length).ToLowerInvariant();
        }
        var firstAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var covered = new bool[words.Count];
        int firstRepeat = -1;
        for (int i = 0; i + n <= words.Count; i++)
        {
            string gram = string.Join('\u001F', keys, i, n);
            if (firstAt.TryGetValue(gram, out int earlier))
            {
                Array.Fill(covered, true, earlier, n);
                Array.Fill(covered, true, i, n);
                if (firstRepeat < 0)
                {
                    firstRepeat = i;
                }
            }
            else
            {
                firstAt[gram] = i;
            }
        }
        double share = (double)covered.Count(c => c) / words.Count;
        if (settings.Number("max_share") is double max && share > max)
        {
            var start = words[firstRepeat];
            var end = words[firstRepeat + n - 1];
            findings.Add(document.At(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"{share:P0} of {words.Count} words are inside repeated {n}-grams, more than {max:P0}")), start.Offset, end.Offset + end.Length - start.Offset));
        }
    }
}
