namespace TextPipe.Language;

/// <summary>
/// How well the winning language's own data fits a text: the measure behind <c>und</c> for languages the
/// detector does not know. Lithuanian text scored by the Latin-script models is won by some language, but its
/// letters are far less likely under that language's n-grams than the language's own text is, and few of its
/// words are in that language's word lists.
/// </summary>
/// <param name="Lang">The language whose data was checked.</param>
/// <param name="Characters">Characters scored by the n-gram model (letters, marks and word ends); 0 for scripts without one.</param>
/// <param name="LogLikelihood">Sum of <c>ln P(character | the ones before)</c> over them (nats); letters outside the model's alphabet are charged <see cref="Familiarity.UnseenLetterCost"/>.</param>
/// <param name="Words">Words checked against the language's word lists.</param>
/// <param name="KnownWords">How many of them are among its frequent words or dictionary forms.</param>
public sealed record ModelFit(string Lang, int Characters, double LogLikelihood, int Words, int KnownWords)
{
    /// <summary>Mean log-likelihood per character (nats; 0 when nothing was scored).</summary>
    public double LogLikelihoodPerCharacter => Characters == 0 ? 0 : LogLikelihood / Characters;

    /// <summary>Share of the words found in the language's word lists (0 when there were none).</summary>
    public double KnownWordShare => Words == 0 ? 0 : (double)KnownWords / Words;
}
