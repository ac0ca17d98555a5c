namespace TextPipe.Segmentation.Sentences;

/// <summary>How an abbreviation's period behaves in front of a capitalised word or a number.</summary>
internal enum AbbreviationKind
{
    /// <summary>Titles and the like (<c>Dr.</c>, <c>Mme.</c>, <c>Sig.</c>): always followed by more of the sentence.</summary>
    Title,

    /// <summary>Only an abbreviation before a number (<c>No. 5</c>, <c>p. 55</c>, <c>Mar. 23</c>); otherwise an ordinary word.</summary>
    BeforeNumber,

    /// <summary>
    /// Often the last word of a sentence (<c>etc.</c>, <c>Inc.</c>, <c>Co.</c>): the period ends the sentence only when
    /// the next word is one that typically starts sentences (<c>The</c>, <c>It</c>, <c>Hvad</c>...).
    /// </summary>
    MayEnd,
}
