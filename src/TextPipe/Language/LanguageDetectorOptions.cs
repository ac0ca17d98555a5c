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

    /// <summary>
    /// Below this probability that the text is in a language the detector knows (<see cref="LanguageGuess.Familiarity"/>),
    /// the answer is <c>und</c>: a script none of its languages writes, or Latin, Cyrillic or Arabic text that fits
    /// the best language's model and word lists far worse than that language's own text does. 0 turns it off.
    /// </summary>
    public double MinimumFamiliarity { get; init; } = 0.5;

    /// <summary>
    /// A close relative the detector does not know (Galician, Catalan or Asturian for Spanish, Slovak or Croatian for
    /// Czech, Bulgarian for Russian, Azerbaijani for Turkish, Urdu for Persian, Yiddish for Hebrew...;
    /// data/langid-rivals.bin) makes the answer <c>und</c> when at least this
    /// many of the text's words are the relative's and not the best language's, and they outnumber the words that are
    /// the best language's and not the relative's. 0 turns the check off.
    /// </summary>
    public int MinimumRivalWords { get; init; } = 2;

    /// <summary>Log-likelihood bonus (nats) for a word in a language's frequent words (stop words, running text).</summary>
    public double FrequentWordBonus { get; init; } = 2.5;

    /// <summary>Log-likelihood bonus (nats) for a word among a language's dictionary forms.</summary>
    public double DictionaryWordBonus { get; init; } = 2.0;

    /// <summary>
    /// Cost (nats) for a Latin-script language to count a word as English (a loanword, a quoted title); about
    /// <c>-ln 0.05</c>, one word in twenty. 0 turns it off.
    /// </summary>
    public double EnglishWordPenalty { get; init; } = 3.0;

    /// <summary>
    /// Cost (nats) for English to count a word as another language's (café au lait in an English sentence):
    /// twice <see cref="EnglishWordPenalty"/>, as English text quotes other languages less than they quote it.
    /// </summary>
    public double ForeignWordInEnglishPenalty { get; init; } = 6.0;
}
