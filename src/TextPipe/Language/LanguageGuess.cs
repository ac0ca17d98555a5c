using System.Collections.Immutable;

namespace TextPipe.Language;

/// <summary>One candidate language and its share of the evidence (0–1; the ranking's shares sum to 1).</summary>
public sealed record LanguageScore(string Lang, double Score);

/// <summary>
/// What the detector decided about a piece of text: a BCP-47-ish code (<c>en</c>, <c>zh-Hant</c>) or
/// <see cref="LanguageGuess.Undetermined"/> when the text is too short or too close to call, how sure it is,
/// and every candidate it considered, best first (the ranking is filled even when <see cref="Lang"/> is
/// <c>und</c>, so a caller that must guess can take its head).
/// </summary>
public sealed record LanguageGuess(string Lang, double Confidence, ImmutableArray<LanguageScore> Ranking)
{
    public const string Undetermined = "und";

    public static LanguageGuess None { get; } = new(Undetermined, 0, []);

    /// <summary>How much evidence the guess rests on, in words (a Han or kana character counts as a word).</summary>
    public double Evidence { get; init; }

    public bool IsDetermined => Lang != Undetermined;

    /// <summary>The best candidate even when the detector declined to decide, or <c>und</c> when it had no evidence.</summary>
    public string BestGuess => IsDetermined ? Lang : Ranking.IsDefaultOrEmpty ? Undetermined : Ranking[0].Lang;
}
