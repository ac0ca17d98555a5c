namespace TextPipe.Language;

/// <summary>
/// The probability that a text is in the language the detector picked rather than in a language it does not
/// know, from how well that language's data fits the text (<see cref="ModelFit"/>). A logistic model over
/// evidence that grows with length: the deviation of the per-character log-likelihood from the language's own
/// mean, and of the known-word share from its own mean, each scaled by the square root of the amount of text (as a
/// z-score of a mean is), plus the amount of text itself. Short text carries little evidence either way and stays
/// near the intercept, which leans towards the known language: one unusual word is not yet a foreign text.
/// </summary>
/// <remarks>
/// Every constant is fitted by <c>textpipe-bench langid-calibrate</c> on the `fit` half of the held-out messages
/// written by <c>bench/calibration/extract-mo-heldout.py</c> (translated gettext catalogs Debian installs; none of
/// it was used to build the model, and none of it is from the benchmarks or the UDHR). See docs/benchmarks.md.
/// </remarks>
public static class Familiarity
{
    /// <summary>Cost (nats) charged for a letter outside the n-gram model's alphabet (the model itself charges nothing).</summary>
    public const double UnseenLetterCost = 8.0;

    /// <summary>Logistic weights (intercept, log-likelihood, known words, amount), fitted with a prior of 80 % known-language text.</summary>
    public static readonly FamiliarityWeights Weights = new(1.628, 0.868, 0.691, 0.771);

    /// <summary>Weights for the sole scripts checked by frequent words only (hi, bn): the log-likelihood weight is unused.</summary>
    public static readonly FamiliarityWeights SoleScriptWeights = new(3.753, 0.000, 2.625, 0.077);

    /// <summary>Each language's own norm on its held-out text (see <see cref="LanguageNorm"/>).</summary>
    private static readonly Dictionary<string, LanguageNorm> OwnMeans = new(StringComparer.Ordinal)
    {
        ["ar"] = new(-2.188, 1.264, 0.773, 0.448),
        ["bn"] = new(0.000, 1.000, 0.241, 0.429),
        ["cs"] = new(-1.986, 1.722, 0.641, 0.501),
        ["da"] = new(-1.827, 1.583, 0.799, 0.428),
        ["de"] = new(-1.669, 1.638, 0.850, 0.385),
        ["en"] = new(-1.849, 1.393, 0.859, 0.377),
        ["es"] = new(-1.805, 1.707, 0.906, 0.312),
        ["fa"] = new(-2.107, 1.172, 0.777, 0.440),
        ["fi"] = new(-1.807, 1.969, 0.380, 0.477),
        ["fr"] = new(-1.732, 1.779, 0.941, 0.261),
        ["hi"] = new(0.000, 1.000, 0.383, 0.458),
        ["hu"] = new(-1.815, 1.970, 0.528, 0.491),
        ["id"] = new(-1.667, 1.754, 0.876, 0.357),
        ["it"] = new(-1.763, 1.566, 0.868, 0.352),
        ["ms"] = new(-1.695, 1.506, 0.854, 0.378),
        ["nb"] = new(-1.949, 1.743, 0.730, 0.482),
        ["nl"] = new(-1.779, 1.503, 0.594, 0.520),
        ["pl"] = new(-1.857, 1.721, 0.612, 0.512),
        ["pt"] = new(-1.811, 1.770, 0.907, 0.314),
        ["ro"] = new(-1.853, 1.963, 0.850, 0.395),
        ["ru"] = new(-1.694, 1.399, 0.662, 0.483),
        ["sv"] = new(-1.888, 1.617, 0.700, 0.450),
        ["tr"] = new(-1.835, 2.291, 0.484, 0.504),
        ["uk"] = new(-1.782, 1.604, 0.671, 0.523),
        ["vi"] = new(-1.941, 2.415, 0.902, 0.348),
    };

    /// <summary>P(the text is in <see cref="ModelFit.Lang"/>'s language | its fit), 1 when nothing was checked.</summary>
    public static double Probability(ModelFit fit) => Probability(fit, fit.Characters > 0 ? Weights : SoleScriptWeights, Means(fit.Lang));

    /// <summary>The same with explicit weights and means (for calibration).</summary>
    public static double Probability(ModelFit fit, FamiliarityWeights weights, LanguageNorm means)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(weights);
        if (fit.Words == 0)
        {
            return 1;
        }
        double z = weights.Intercept + weights.Features(fit, means).Sum();
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The language's own norm, or the average over all languages for one not calibrated.</summary>
    public static LanguageNorm Means(string lang) =>
        OwnMeans.TryGetValue(lang, out var means) ? means
        : OwnMeans.Count == 0 ? new(0, 1, 0, 1)
        : new(OwnMeans.Values.Average(m => m.LogLikelihood), OwnMeans.Values.Average(m => m.LogLikelihoodSpread),
            OwnMeans.Values.Average(m => m.KnownShare), OwnMeans.Values.Average(m => m.KnownShareSpread));
}

/// <summary>
/// A language's own text as its models see it: the mean per-character log-likelihood and its spread (the standard
/// deviation of a text's deviation × √characters), the mean known-word share and its spread (× √words). Languages
/// differ: Vietnamese syllables and Turkish suffixes spread wider than Spanish words.
/// </summary>
public readonly record struct LanguageNorm(double LogLikelihood, double LogLikelihoodSpread, double KnownShare, double KnownShareSpread);

/// <summary>Weights of the familiarity model: <c>z = Intercept + Σ weight × feature</c>.</summary>
public sealed record FamiliarityWeights(double Intercept, double LogLikelihood, double KnownWords, double Amount)
{
    /// <summary>The weighted features of a fit (the raw features, unweighted, come from <see cref="RawFeatures"/>).</summary>
    public double[] Features(ModelFit fit, LanguageNorm means)
    {
        var raw = RawFeatures(fit, means);
        return [LogLikelihood * raw[0], KnownWords * raw[1], Amount * raw[2]];
    }

    /// <summary>
    /// The deviations scaled by the square root of their counts, and the square root of the word count: the mean of
    /// n noisy measurements deviates by about 1/√n, so a deviation × √n is evidence that grows with the text.
    /// </summary>
    public static double[] RawFeatures(ModelFit fit, LanguageNorm means)
    {
        ArgumentNullException.ThrowIfNull(fit);
        double ll = fit.Characters == 0 ? 0 : (fit.LogLikelihoodPerCharacter - means.LogLikelihood) * Math.Sqrt(fit.Characters) / means.LogLikelihoodSpread;
        double known = fit.Words == 0 ? 0 : (fit.KnownWordShare - means.KnownShare) * Math.Sqrt(fit.Words) / means.KnownShareSpread;
        return [ll, known, Math.Sqrt(fit.Words)];
    }
}
