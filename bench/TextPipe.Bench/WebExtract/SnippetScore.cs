using System.Globalization;
using System.Text.RegularExpressions;

namespace TextPipe.Bench.WebExtract;

/// <summary>One page's snippet counts: true positives and false negatives over the snippets that must be kept, false positives and true negatives over those that must go.</summary>
internal readonly record struct SnippetCounts(int TruePositive, int FalsePositive, int FalseNegative, int TrueNegative)
{
    public static SnippetCounts operator +(SnippetCounts a, SnippetCounts b) => new(a.TruePositive + b.TruePositive,
        a.FalsePositive + b.FalsePositive, a.FalseNegative + b.FalseNegative, a.TrueNegative + b.TrueNegative);

    public double Precision => Ratio(TruePositive, TruePositive + FalsePositive);

    public double Recall => Ratio(TruePositive, TruePositive + FalseNegative);

    public double Accuracy => Ratio(TruePositive + TrueNegative, TruePositive + TrueNegative + FalsePositive + FalseNegative);

    public double F1 => Ratio(2 * TruePositive, 2 * TruePositive + FalsePositive + FalseNegative);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:F3}  R {Recall:F3}  accuracy {Accuracy:F3}  F {F1:F3}  (tp {TruePositive}, fp {FalsePositive}, fn {FalseNegative}, tn {TrueNegative})");

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>
/// The snippet metric of trafilatura's evaluation (written anew from its description, not copied): the output and
/// every snippet are whitespace-normalised (runs of white space become one space, ends trimmed); a snippet that must
/// be kept is a true positive when it occurs in the output, else a false negative; a snippet that must go is a false
/// positive when it occurs, else a true negative. Counts are summed over all pages before precision, recall,
/// accuracy and F are taken (micro-averaged), so a page weighs by its number of snippets.
/// </summary>
internal static partial class SnippetScore
{
    public static SnippetCounts Count(IReadOnlyList<string> mustKeep, IReadOnlyList<string> mustGo, string output)
    {
        string normalised = Normalise(output);
        int kept = mustKeep.Count(s => normalised.Contains(Normalise(s), StringComparison.Ordinal));
        int leaked = mustGo.Count(s => normalised.Contains(Normalise(s), StringComparison.Ordinal));
        return new SnippetCounts(kept, leaked, mustKeep.Count - kept, mustGo.Count - leaked);
    }

    /// <summary>Python's <c>re.sub(r"\s+", " ", text).strip()</c>: \s in Python 3 is Unicode white space, which .NET's \s matches too.</summary>
    public static string Normalise(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
