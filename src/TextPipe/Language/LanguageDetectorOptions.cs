namespace TextPipe.Language;

/// <summary>When the detector declines to decide, and how much a known word counts against its letters.</summary>
public sealed record LanguageDetectorOptions
{
    public static LanguageDetectorOptions Default { get; } = new();

    /// <summary>Text written in a script shared by several languages needs at least this many letters of evidence.</summary>
    public int MinimumLetters { get; init; } = 3;

    /// <summary>
    /// Below this probability for the best of the languages sharing a script, the answer is <c>und</c>
    /// (the ranking still names the candidates). 0 makes the detector always guess.
    /// </summary>
    public double MinimumProbability { get; init; } = 0.3;

    /// <summary>Log-likelihood bonus (nats) for a word in a language's frequent words (stop words, running text).</summary>
    public double FrequentWordBonus { get; init; } = 2.5;

    /// <summary>Log-likelihood bonus (nats) for a word among a language's dictionary forms.</summary>
    public double DictionaryWordBonus { get; init; } = 2.0;
}
