using System.Collections.Immutable;

namespace TextPipe.Language;

/// <summary>One candidate language and its share of the evidence (0–1; the ranking's shares sum to 1).</summary>
public sealed record LanguageScore(string Lang, double Score);

/// <summary>
/// What the detector decided about a piece of text: a BCP-47-ish code (<c>en</c>, <c>zh-Hant</c>) or
/// <see cref="LanguageGuess.Undetermined"/> when the text is too short or too close to call or in a language the
/// detector does not know, how sure it is, and every candidate it considered, best first (the ranking is filled
/// even when <see cref="Lang"/> is <c>und</c>, so a caller that must guess can take its head).
/// <see cref="Confidence"/> is the estimated probability that <see cref="BestGuess"/> is right: the candidate's
/// share of the ranking times <see cref="Familiarity"/>.
/// </summary>
public sealed record LanguageGuess(string Lang, double Confidence, ImmutableArray<LanguageScore> Ranking)
{
    public const string Undetermined = "und";

    public static LanguageGuess None { get; } = new(Undetermined, 0, []);

    /// <summary>How much evidence the guess rests on, in words (a Han or kana character counts as a word).</summary>
    public double Evidence { get; init; }

    /// <summary>
    /// Probability that the text is in a language the detector knows at all (1 when nothing says otherwise: Han,
    /// Hangul, kana, Greek, Thai). Below <see cref="LanguageDetectorOptions.MinimumFamiliarity"/> the answer is <c>und</c>.
    /// </summary>
    public double Familiarity { get; init; } = 1;

    /// <summary>How well the best candidate's data fits the text (null when it has no data to check: Han, Hangul...).</summary>
    public ModelFit? Fit { get; init; }

    /// <summary>
    /// True when the answer is <c>und</c> because the text is in a language the detector does not know (a script none
    /// of its languages writes, or text unlike any of their models), not merely too short or too close to call.
    /// </summary>
    public bool IsUnknownLanguage { get; init; }

    /// <summary>
    /// When the answer is <c>und</c> because the text's words are those of a close relative the detector does not know
    /// rather than the best candidate's (Galician rather than Spanish), that relative's code; else null.
    /// </summary>
    public string? Rival { get; init; }

    /// <summary>
    /// The close relative whose words weighed most against the best candidate (at least
    /// <see cref="LanguageDetectorOptions.MinimumRivalWords"/> of them), whether or not it won; null when none did.
    /// </summary>
    public RivalEvidence? RivalEvidence { get; init; }

    public bool IsDetermined => Lang != Undetermined;

    /// <summary>The best candidate even when the detector declined to decide, or <c>und</c> when it had no evidence.</summary>
    public string BestGuess => IsDetermined ? Lang : Ranking.IsDefaultOrEmpty ? Undetermined : Ranking[0].Lang;
}

/// <summary>
/// The words of a text counted between a supported language and a close relative it does not know: those only the
/// relative's word lists hold and those only the language's hold (words both or neither write say nothing).
/// </summary>
public sealed record RivalEvidence(string Rival, int RivalWords, int OwnWords)
{
    /// <summary>The language's share of the distinctive words, one of each added (Laplace): (own + 1) / (own + rival + 2).</summary>
    public double OwnShare => (OwnWords + 1.0) / (OwnWords + RivalWords + 2.0);
}
