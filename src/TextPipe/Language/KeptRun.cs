namespace TextPipe.Language;

/// <summary>
/// What <see cref="LanguageStage"/> still needs of one detected run of a block until the document's shares are known:
/// where the run is, its language and evidence, whether that language is one the detector does not know, and where
/// <see cref="DocumentRuns"/> keeps its fit and the candidates a document prior could still make win (indexes, -1 or
/// 0 when there are none). A 40-byte struct: the run's <see cref="LanguageGuess"/> and <see cref="ModelFit"/> objects
/// took about 140 bytes, a million blocks' worth held at once.
/// </summary>
internal readonly record struct KeptRun(int Offset, int Length, string Lang, double Evidence, bool IsUnknownLanguage, int Fit, int RankingStart, int RankingCount)
{
    public bool IsDetermined => Lang != LanguageGuess.Undetermined;
}

/// <summary>The counts of a <see cref="ModelFit"/> without its language (the run's), kept for the document's sums.</summary>
internal readonly record struct FitCounts(int Characters, double LogLikelihood, int Words, int KnownWords);
