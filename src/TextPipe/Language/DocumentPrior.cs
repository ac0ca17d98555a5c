namespace TextPipe.Language;

/// <summary>
/// The languages of a whole document as a prior for its short pieces. A heading such as "Option" or
/// "News Content:" is ambiguous on its own (French, German and English all have both words); in an English
/// document it is English. The detector's ranking is a posterior under a flat prior; multiplying it by the
/// document's language shares (smoothed, so a language the rest of the document lacks can still win with strong
/// evidence) and renormalising is Bayes' rule with a better prior. Long pieces are unaffected in practice: their
/// rankings are already near 0 or 1.
/// </summary>
internal sealed class DocumentPrior
{
    /// <summary>Pieces with more evidence than this (in words) decide on their own.</summary>
    public const double ShortEvidence = 4;

    // Prior weight of a language absent from the rest of the document: small, not zero.
    private const double Smoothing = 0.02;
    private readonly IReadOnlyDictionary<string, double> _shares;

    public DocumentPrior(IReadOnlyDictionary<string, double> shares)
    {
        _shares = shares;
    }

    /// <summary>The language of a short piece given the document around it; <paramref name="guess"/>'s own answer when it has enough evidence or no ranking.</summary>
    public string Decide(LanguageGuess guess)
    {
        // An undetermined guess stays so: the prior re-weighs real evidence, it does not invent a language for "4.2 M".
        if (!guess.IsDetermined || guess.Evidence > ShortEvidence || _shares.Count == 0)
        {
            return guess.Lang;
        }
        string best = guess.Lang;
        double bestScore = double.NegativeInfinity;
        foreach (var candidate in guess.Ranking)
        {
            double score = candidate.Score * (_shares.GetValueOrDefault(candidate.Lang) + Smoothing);
            if (score > bestScore)
            {
                bestScore = score;
                best = candidate.Lang;
            }
        }
        return best;
    }

    /// <summary>
    /// What <see cref="Decide"/> and the language stage still need of a guess once it has been made: its language,
    /// evidence and fit, and of its ranking only the candidates that could still win under some document prior.
    /// A stage holds one guess per run of every block until the document's shares are known; a full ranking is a
    /// score for every candidate language (about a kilobyte), so a document of a million short blocks would
    /// otherwise hold a gigabyte of rankings that can no longer change an answer. The answers stay the same: a
    /// candidate is dropped only when even the largest prior cannot lift it above the best-scored candidate under the
    /// smallest (its score times 1 + <c>Smoothing</c> below the head's times <c>Smoothing</c>, with a factor of two
    /// to spare for rounding).
    /// </summary>
    public static LanguageGuess Retained(LanguageGuess guess)
    {
        ArgumentNullException.ThrowIfNull(guess);
        var ranking = guess.Ranking;
        if (!guess.IsDetermined || guess.Evidence > ShortEvidence || ranking.IsDefaultOrEmpty)
        {
            ranking = [];
        }
        else
        {
            double head = ranking.Max(candidate => candidate.Score);
            ranking = [.. ranking.Where(candidate => candidate.Score * (1 + Smoothing) * 2 >= head * Smoothing)];
        }
        return new LanguageGuess(guess.Lang, guess.Confidence, ranking)
        {
            Evidence = guess.Evidence,
            Familiarity = guess.Familiarity,
            Fit = guess.IsDetermined ? guess.Fit : null,
            IsUnknownLanguage = guess.IsUnknownLanguage,
        };
    }
}
