namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// ICTCLAS smoothing of word bigrams: weight(A→B) = -log(λ·P(A) + (1-λ)·((1-μ)·F(A,B)/F(A) + μ)),
/// with P(A) counted over the 2,159,997 words of its training corpus and μ one word's share of it.
/// The constants are those of the published method (and of SmartCn, whose data this is).
/// </summary>
internal static class BigramWeight
{
    public const double Lambda = 0.1;
    public const double CorpusSize = 2159997;
    public const double Mu = 1 / CorpusSize;
}
