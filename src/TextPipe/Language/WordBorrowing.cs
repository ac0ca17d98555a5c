namespace TextPipe.Language;

/// <summary>
/// Lets every language of one script model count a word as English at a fixed cost (and English count a word
/// as any other language's, at a higher one). Web text in any Latin-script
/// language quotes English titles, product names and loanwords; summing plain per-language likelihoods lets a
/// few such words outvote many native ones (in "Mount Rushmore: South Dakota, Amerika Serikat Mount Rushmore
/// mungkin tidak sekuno patung-patung kolosal sebelumnya" each Malay word costs English a lot, but each word
/// that looks Indonesian costs Malay a lot too, and English won). Scoring each word as
/// <c>max(own score, English score − penalty)</c> turns an English word into a bounded cost instead, so a text
/// is won by the language most of its words belong to. Without the reverse, English text with a few French
/// words ("a quick café au lait and a croissant") would go to French, which borrows the English words cheaply.
/// </summary>
/// <remarks>
/// Tried and dropped (measured in docs/benchmarks.md): the same borrowing between close siblings (id/ms,
/// da/nb/sv, es/pt, ru/uk), and a cap on any word's loss against its best language; both cost accuracy.
/// </remarks>
internal sealed class WordBorrowing
{
    private readonly int _english;
    private readonly double _penalty;
    private readonly double _foreignPenalty;

    private WordBorrowing(int english, double penalty, double foreignPenalty)
    {
        _english = english;
        _penalty = penalty;
        _foreignPenalty = foreignPenalty;
    }

    /// <summary>The plan for one script model; a model without English (Cyrillic, Arabic) borrows nothing.</summary>
    public static WordBorrowing For(NGramTable table, string[] modelLanguages, LanguageDetectorOptions options)
    {
        int english = Array.FindIndex(table.Languages, i => modelLanguages[i] == "en");
        return new WordBorrowing(options.EnglishWordPenalty > 0 ? english : -1, options.EnglishWordPenalty, options.ForeignWordInEnglishPenalty);
    }

    /// <summary>
    /// Adds one word's scores (one per language of the model) to <paramref name="totals"/> with borrowing and
    /// to <paramref name="ownTotals"/> without.
    /// </summary>
    public void AddWord(ReadOnlySpan<double> word, Span<double> totals, Span<double> ownTotals)
    {
        if (_english < 0)
        {
            for (int i = 0; i < word.Length; i++)
            {
                ownTotals[i] += word[i];
                totals[i] += word[i];
            }
            return;
        }
        double borrowed = word[_english] - _penalty;
        double foreign = double.NegativeInfinity;
        for (int i = 0; i < word.Length; i++)
        {
            ownTotals[i] += word[i];
            totals[i] += Math.Max(word[i], borrowed);
            if (i != _english)
            {
                foreign = Math.Max(foreign, word[i]);
            }
        }
        // English text quotes foreign words too (café au lait, fait accompli), so English may borrow from any
        // language, at a higher price: English is the lender of the web, seldom the borrower.
        totals[_english] += Math.Max(0, foreign - _foreignPenalty - word[_english]);
    }
}
