using System.Globalization;

namespace TextPipe.Validation.Rules;

/// <summary><c>quality-symbol-ratio</c> (Gopher): few hash signs and ellipses per word (tag clouds, truncated listings).</summary>
public sealed class SymbolRatioRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "quality-symbol-ratio", "quality", "Few # and … per word (Gopher: 0.1)", CheckSeverity.Warning,
        [
            new("max_ratio", CheckParameterKind.Number, 0.1, "most # and ellipses per word"),
            new("min_words", CheckParameterKind.Number, 10.0, "fewest words for the ratio to be judged"),
        ]);

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        string text = document.Text;
        int words = TextUnits.Words(text).Count;
        if (words == 0 || words < (settings.Number("min_words") ?? 0))
        {
            return;
        }
        int symbols = 0;
        int first = -1;
        for (int i = 0; i < text.Length; i++)
        {
            bool ellipsis = text[i] == '…' || (text[i] == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.');
            if (text[i] is '#' or '＃' || ellipsis)
            {
                symbols++;
                first = first < 0 ? i : first;
                if (text[i] == '.')
                {
                    i += 2;
                }
            }
        }
        double ratio = (double)symbols / words;
        if (settings.Number("max_ratio") is double max && ratio > max)
        {
            findings.Add(document.At(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"{symbols} symbols (# or …) for {words} words ({ratio:0.00} per word, more than {max:0.00})")), first, 1));
        }
    }
}
