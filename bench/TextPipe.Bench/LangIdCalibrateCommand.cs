using System.Globalization;
using TextPipe.Language;

namespace TextPipe.Bench;

/// <summary>
/// Fits the constants of <see cref="Familiarity"/> on held-out text and measures how well calibrated the
/// detector's confidence is. Input: the TSV of bench/calibration/extract-mo-heldout.py (`split label text`,
/// label `x-…` for a language the detector does not know). On the `fit` half: each language's own mean
/// per-character log-likelihood and known-word share, then a logistic regression (Newton's method, small ridge) of
/// "the text is in a known language" on the features of <see cref="FamiliarityWeights.RawFeatures"/>, with the
/// classes weighted to a prior of <c>--prior P</c> known-language text (default 0.8). On the `test` half: the
/// reliability table of the shipped constants (confidence bins against the share of right answers, with the same
/// prior weighting) and the und rates.
/// </summary>
internal sealed class LangIdCalibrateCommand : IBenchCommand
{
    public string Name => "langid-calibrate";

    public string Usage => "langid-calibrate HELDOUT_TSV [--prior 0.8]   (fits Familiarity's constants; reliability table of the shipped ones)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 1)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        int priorAt = args.ToList().IndexOf("--prior");
        double prior = priorAt >= 0 && priorAt + 1 < args.Count ? double.Parse(args[priorAt + 1], CultureInfo.InvariantCulture) : 0.8;
        var detector = LanguageDetector.Load();
        var samples = new List<Sample>();
        foreach (string line in File.ReadLines(args[0]))
        {
            var parts = line.Split('\t', 3);
            var guess = detector.Detect(parts[2]);
            samples.Add(new Sample(parts[0] == "fit", parts[1], guess));
        }
        var fit = samples.Where(s => s.IsFit && s.Guess.Fit is not null).ToList();
        var means = OwnMeans(fit);
        Console.WriteLine("own norms (language: log-likelihood per character and spread, known-word share and spread):");
        foreach (var (lang, m) in means.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"        [\"{lang}\"] = new({m.LogLikelihood:F3}, {m.LogLikelihoodSpread:F3}, {m.KnownShare:F3}, {m.KnownShareSpread:F3}),"));
        }
        foreach (bool ngram in new[] { true, false })
        {
            var rows = fit.Where(s => (s.Guess.Fit!.Characters > 0) == ngram).ToList();
            var weights = FitLogistic(rows, means, prior);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(ngram ? "Weights" : "SoleScriptWeights")} (intercept, log-likelihood, known words, amount) over {rows.Count} texts: new({weights[0]:F3}, {weights[1]:F3}, {weights[2]:F3}, {weights[3]:F3})"));
        }
        Reliability(samples.Where(s => !s.IsFit).ToList(), prior);
        return 0;
    }

    private static Dictionary<string, LanguageNorm> OwnMeans(List<Sample> fit)
    {
        var means = new Dictionary<string, LanguageNorm>(StringComparer.Ordinal);
        foreach (var group in fit.Where(s => s.IsKnown && s.IsRight).GroupBy(s => s.Guess.Fit!.Lang))
        {
            double chars = group.Sum(s => s.Guess.Fit!.Characters);
            double words = group.Sum(s => s.Guess.Fit!.Words);
            double ll = chars == 0 ? 0 : group.Sum(s => s.Guess.Fit!.LogLikelihood) / chars;
            double known = group.Sum(s => s.Guess.Fit!.KnownWords) / words;
            var raw = group.Select(s => FamiliarityWeights.RawFeatures(s.Guess.Fit!, new LanguageNorm(ll, 1, known, 1))).ToList();
            double Spread(int feature) => Math.Sqrt(raw.Average(r => r[feature] * r[feature]));
            means[group.Key] = new LanguageNorm(ll, chars == 0 ? 1 : Spread(0), known, Spread(1));
        }
        return means;
    }

    /// <summary>Logistic regression by Newton's method; each class weighted so the known share is <paramref name="prior"/>.</summary>
    private static double[] FitLogistic(List<Sample> rows, Dictionary<string, LanguageNorm> means, double prior)
    {
        var x = rows.Select(s => FamiliarityWeights.RawFeatures(s.Guess.Fit!, (means.TryGetValue(s.Guess.Fit!.Lang, out var norm) ? norm : new LanguageNorm(0, 1, 0, 1))).Prepend(1.0).ToArray()).ToList();
        var y = rows.Select(s => s.IsKnown ? 1.0 : 0.0).ToList();
        double known = y.Sum();
        double unknown = y.Count - known;
        var weight = y.Select(v => v > 0 ? prior / known : (1 - prior) / unknown).ToList();
        int k = 4;
        var beta = new double[k];
        for (int iteration = 0; iteration < 50; iteration++)
        {
            var gradient = new double[k];
            var hessian = new double[k, k];
            for (int i = 0; i < x.Count; i++)
            {
                double z = 0;
                for (int j = 0; j < k; j++)
                {
                    z += beta[j] * x[i][j];
                }
                double p = 1 / (1 + Math.Exp(-z));
                for (int j = 0; j < k; j++)
                {
                    gradient[j] += weight[i] * (y[i] - p) * x[i][j];
                    for (int l = 0; l < k; l++)
                    {
                        hessian[j, l] += weight[i] * p * (1 - p) * x[i][j] * x[i][l];
                    }
                }
            }
            for (int j = 0; j < k; j++)
            {
                gradient[j] -= 1e-4 * beta[j];
                hessian[j, j] += 1e-4;
            }
            var step = Solve(hessian, gradient);
            for (int j = 0; j < k; j++)
            {
                beta[j] += step[j];
            }
            if (step.Max(Math.Abs) < 1e-8)
            {
                break;
            }
        }
        return beta;
    }

    private static double[] Solve(double[,] a, double[] b)
    {
        int n = b.Length;
        var m = new double[n, n + 1];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = a[i, j];
            }
            m[i, n] = b[i];
        }
        for (int c = 0; c < n; c++)
        {
            int pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(m[r, c]));
            for (int j = 0; j <= n; j++)
            {
                (m[c, j], m[pivot, j]) = (m[pivot, j], m[c, j]);
            }
            for (int r = 0; r < n; r++)
            {
                if (r == c || m[c, c] == 0)
                {
                    continue;
                }
                double f = m[r, c] / m[c, c];
                for (int j = c; j <= n; j++)
                {
                    m[r, j] -= f * m[c, j];
                }
            }
        }
        return Enumerable.Range(0, n).Select(i => m[i, i] == 0 ? 0 : m[i, n] / m[i, i]).ToArray();
    }

    /// <summary>Confidence of the best guess in bins against how often it was right, known and unknown text weighted to the prior.</summary>
    private static void Reliability(List<Sample> test, double prior)
    {
        double known = test.Count(s => s.IsKnown);
        double unknown = test.Count - known;
        double Weight(Sample s) => s.IsKnown ? prior / known : (1 - prior) / unknown;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reliability on the test half ({known} known-language texts, {unknown} unknown, weighted to {prior:P0} known):"));
        Console.WriteLine("| confidence | texts | mean confidence | right |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        double[] edges = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0001];
        double error = 0;
        for (int b = 0; b + 1 < edges.Length; b++)
        {
            var bin = test.Where(s => s.Guess.Confidence >= edges[b] && s.Guess.Confidence < edges[b + 1]).ToList();
            if (bin.Count == 0)
            {
                continue;
            }
            double w = bin.Sum(Weight);
            double meanConfidence = bin.Sum(s => Weight(s) * s.Guess.Confidence) / w;
            double right = bin.Sum(s => s.IsRight ? Weight(s) : 0) / w;
            error += w * Math.Abs(meanConfidence - right);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {edges[b]:F2}–{Math.Min(1, edges[b + 1]):F2} | {bin.Count} | {meanConfidence:F3} | {right:F3} |"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"expected calibration error: {error:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"und: {test.Count(s => !s.IsKnown && !s.Guess.IsDetermined)}/{unknown} unknown-language texts, {test.Count(s => s.IsKnown && !s.Guess.IsDetermined)}/{known} known-language texts (of which {test.Count(s => s.IsKnown && s.Guess.IsUnknownLanguage)} as unknown language)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"unknown-language texts given a known label: {test.Count(s => !s.IsKnown && s.Guess.IsDetermined)}/{unknown}; known-language texts given their right label: {test.Count(s => s.IsKnown && s.IsRight && s.Guess.IsDetermined)}/{known}"));
    }

    private sealed record Sample(bool IsFit, string Label, LanguageGuess Guess)
    {
        public bool IsKnown => !Label.StartsWith("x-", StringComparison.Ordinal);

        public bool IsRight => IsKnown && Guess.BestGuess.Split('-')[0] == Label;
    }
}
