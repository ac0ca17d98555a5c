using System.Globalization;
using System.Text;

namespace TextPipe.Bench.WebExtract;

/// <summary>One page's shingle counts, normalised so that a long page weighs no more than a short one.</summary>
internal readonly record struct ShingleMatch(double TruePositive, double FalsePositive, double FalseNegative)
{
    /// <summary>Precision of the page, as the ScrapingHub metric defines it (1 when both texts are empty).</summary>
    public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

    public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive + FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The page has predicted shingles (else it does not count towards precision).</summary>
    public bool HasPrediction => TruePositive + FalsePositive > 0;

    /// <summary>The page has true shingles (else it does not count towards recall).</summary>
    public bool HasTruth => TruePositive + FalseNegative > 0;
}

/// <summary>Precision and recall averaged over pages, and the F1 of those two averages.</summary>
internal readonly record struct ShingleSummary(double F1, double Precision, double Recall, int Pages)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"F1 {F1:F3}  P {Precision:F3}  R {Recall:F3}  ({Pages} pages)");
}

/// <summary>
/// The word-shingle metric of the ScrapingHub article-extraction benchmark, written from its description:
/// words are runs of word characters (letters, digits of any kind, underscore, counted per code point as a
/// Python <c>\w</c> does, so combining marks split words); shingles are runs of four words (a text of fewer words
/// is one shorter shingle); a page's true positives, false positives and false negatives are shingle counts
/// matched as multisets and divided by their sum; precision is averaged over the pages with a prediction,
/// recall over the pages with a truth, and F1 is the harmonic mean of the two averages.
/// </summary>
internal static class ShingleScore
{
    public const int ShingleWords = 4;

    public static ShingleMatch Match(string truth, string prediction)
    {
        var trueShingles = Shingles(truth);
        var predicted = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, predictedCount) in predicted)
        {
            int trueCount = trueShingles.GetValueOrDefault(shingle);
            tp += Math.Min(trueCount, predictedCount);
            fp += Math.Max(0, predictedCount - trueCount);
        }
        foreach (var (shingle, trueCount) in trueShingles)
        {
            fn += Math.Max(0, trueCount - predicted.GetValueOrDefault(shingle));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new ShingleMatch(tp / sum, fp / sum, fn / sum) : new ShingleMatch(0, 0, 0);
    }

    public static ShingleSummary Summarise(IReadOnlyCollection<ShingleMatch> pages)
    {
        double precision = Mean(pages.Where(p => p.HasPrediction).Select(p => p.Precision));
        double recall = Mean(pages.Where(p => p.HasTruth).Select(p => p.Recall));
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ShingleSummary(f1, precision, recall, pages.Count);
    }

    /// <summary>The words of <paramref name="text"/>, as the metric cuts them.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }
        return words;
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var words = Words(text);
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        int count = Math.Max(1, words.Count - ShingleWords + 1);
        for (int i = 0; i < count && words.Count > 0; i++)
        {
            // Words hold no separator character (U+0001 is not a word character), so the joined key is unambiguous.
            string key = string.Join('\u0001', words.GetRange(i, Math.Min(ShingleWords, words.Count - i)));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }
        return shingles;
    }

    /// <summary>A Python <c>\w</c>: a letter, a number of any kind (decimal, letter-like, other), or the underscore.</summary>
    private static bool IsWordRune(Rune rune) => rune.Value == '_' || Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }
}
