namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// Scratch space for one stretch of text: the candidate words (edges) with their best path cost so
/// far, linked by end position. One per thread, reused, so segmenting allocates almost nothing.
/// </summary>
internal sealed class Lattice
{
    public int[] Start = new int[256];
    public int[] Length = new int[256];
    public double[] NoPairWeight = new double[256];
    public double[] PairBase = new double[256];
    public double[] PairScale = new double[256];
    public ulong[] LeftState = new ulong[256];
    public double[] Cost = new double[256];
    public int[] Previous = new int[256];
    public int[] NextEnd = new int[256];
    public int[] EndHead = new int[128];
    public int[] ForcedLength = new int[128];
    public int[] ForcedKind = new int[128];
    public int[] NextForced = new int[128];
    public int Count;

    public List<WordSpan> Rewritten { get; } = [];

    public void Reset(int positions)
    {
        if (EndHead.Length < positions + 1)
        {
            int size = Math.Max(positions + 1, EndHead.Length * 2);
            EndHead = new int[size];
            ForcedLength = new int[size];
            ForcedKind = new int[size];
            NextForced = new int[size];
        }
        Array.Fill(EndHead, -1, 0, positions + 1);
        Array.Clear(ForcedLength, 0, positions + 1);
        Count = 0;
    }

    public void Add(int start, int length, int frequency, ulong leftState, double cost, int previous)
    {
        if (Count == Start.Length)
        {
            Grow();
        }
        int e = Count++;
        Start[e] = start;
        Length[e] = length;
        SetLeftWeights(e, frequency);
        LeftState[e] = leftState;
        Cost[e] = cost;
        Previous[e] = previous;
        int end = start + length;
        NextEnd[e] = EndHead[end];
        EndHead[end] = e;
    }

    /// <summary>
    /// Precomputes the parts of the ICTCLAS weight that depend only on this word as the left one,
    /// so that a successor without a bigram costs no logarithm at all.
    /// </summary>
    private void SetLeftWeights(int e, int frequency)
    {
        PairBase[e] = PairBaseOf(frequency);
        PairScale[e] = (1 - BigramWeight.Lambda) * (1 - BigramWeight.Mu) / (1.0 + frequency);
        NoPairWeight[e] = (uint)frequency < (uint)CommonNoPairWeights.Length
            ? CommonNoPairWeights[frequency]
            : -Math.Log(PairBase[e]);
    }

    private static double PairBaseOf(int frequency) =>
        (BigramWeight.Lambda * (1.0 + frequency) / BigramWeight.CorpusSize) + ((1 - BigramWeight.Lambda) * BigramWeight.Mu);

    // Most words are rare: their no-pair weights, computed once by the same formula (so bit-identical),
    // spare a logarithm for nearly every edge.
    private static readonly double[] CommonNoPairWeights =
        [.. Enumerable.Range(0, 4096).Select(f => -Math.Log(PairBaseOf(f)))];

    private void Grow()
    {
        int size = Start.Length * 2;
        Array.Resize(ref Start, size);
        Array.Resize(ref Length, size);
        Array.Resize(ref NoPairWeight, size);
        Array.Resize(ref PairBase, size);
        Array.Resize(ref PairScale, size);
        Array.Resize(ref LeftState, size);
        Array.Resize(ref Cost, size);
        Array.Resize(ref Previous, size);
        Array.Resize(ref NextEnd, size);
    }
}
