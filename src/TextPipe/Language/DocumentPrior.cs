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
        ArgumentNullException.ThrowIfNull(guess);
        return Decide(guess.Lang, guess.Evidence, guess.Ranking.AsSpan());
    }

    /// <summary>
    /// <see cref="Decide(LanguageGuess)"/> for a guess of <paramref name="lang"/> on <paramref name="evidence"/> whose
    /// ranking is <paramref name="ranking"/> (or only the candidates of it that <see cref="AddContenders"/> kept).
    /// </summary>
    public string Decide(string lang, double evidence, ReadOnlySpan<LanguageScore> ranking)
    {
        // An undetermined guess stays so: the prior re-weighs real evidence, it does not invent a language for "4.2 M".
        if (lang == LanguageGuess.Undetermined || evidence > ShortEvidence || _shares.Count == 0)
        {
            return lang;
        }
        string best = lang;
        double bestScore = double.NegativeInfinity;
        foreach (var candidate in ranking)
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
    /// Adds to <paramref name="contenders"/> what <see cref="Decide(string, double, ReadOnlySpan{LanguageScore})"/> still
    /// needs of <paramref name="guess"/>'s ranking once the guess has been made: only the candidates that could still
    /// win under some document prior, best first. A stage holds every run of every block until the document's shares
    /// are known; a full ranking is a score for every candidate language (about a kilobyte), so a document of a million
    /// short blocks would otherwise hold a gigabyte of rankings that can no longer change an answer. The answers stay
    /// the same: a candidate is dropped only when even the largest prior cannot lift it above the best-scored candidate
    /// under the smallest (its score times 1 + <c>Smoothing</c> below the head's times <c>Smoothing</c>, with a factor
    /// of two to spare for rounding); a guess that is undetermined or has more than the short-block evidence keeps none.
    /// </summary>
    public static void AddContenders(LanguageGuess guess, List<LanguageScore> contenders)
    {
        ArgumentNullException.ThrowIfNull(guess);
        ArgumentNullException.ThrowIfNull(contenders);
        var ranking = guess.Ranking;
        if (!guess.IsDetermined || guess.Evidence > ShortEvidence || ranking.IsDefaultOrEmpty)
        {
            return;
        }
        double head = ranking.Max(candidate => candidate.Score);
        foreach (var candidate in ranking)
        {
            if (candidate.Score * (1 + Smoothing) * 2 >= head * Smoothing)
            {
                contenders.Add(candidate);
            }
        }
    }
}
