namespace TextPipe.Language;

/// <summary>
/// Words of close relatives the detector does not know ("rivals": Galician for Spanish, Slovak for Czech, Bulgarian
/// for Russian, Azerbaijani for Turkish, Urdu for Persian...) and of the supported neighbour each is mistaken for,
/// from <c>data/langid-rivals.bin</c> (data/scripts/build-rival-words.py). The n-gram models cannot tell a relative
/// from its neighbour, but the words can: Galician text is full of words Spanish does not write ("unha",
/// "dereitos"). Rival index r is bit r of <see cref="StopWordMask"/>; word lists 2r (the rival's) and 2r + 1 (its
/// neighbour's) share one Bloom filter.
/// </summary>
internal sealed class RivalWords
{
    private readonly Dictionary<ulong, uint> _stopWords;
    private readonly ModelBytes? _bloom;
    private readonly uint _bitMask;
    private readonly int _probes;

    public RivalWords(string[] rivals, int[] targets, Dictionary<ulong, uint> stopWords, ModelBytes? bloom, int bitsLog2, int probes)
    {
        Rivals = rivals;
        Targets = targets;
        _stopWords = stopWords;
        _bloom = bloom;
        _bitMask = bitsLog2 >= 32 ? uint.MaxValue : (1u << bitsLog2) - 1;
        _probes = probes;
    }

    public static RivalWords None { get; } = new([], [], [], null, 0, 0);

    /// <summary>The rivals' codes (not languages the detector answers).</summary>
    public string[] Rivals { get; }

    /// <summary>For each rival, the model index (lexicon bit) of the supported language it is mistaken for.</summary>
    public int[] Targets { get; }

    public int Count => Rivals.Length;

    /// <summary>Which rivals have this (lower-cased, hashed) word among their stop words (held exactly).</summary>
    public uint StopWordMask(ulong hash) => _stopWords.GetValueOrDefault(hash);

    /// <summary>Whether rival <paramref name="rival"/>'s web word list has the word (3+ letters; Bloom filter, ~0.3 % false positives).</summary>
    public bool RivalListed(int rival, ulong hash, int letters) => letters >= 3 && Listed(2 * rival, hash);

    /// <summary>Whether the web word list of rival <paramref name="rival"/>'s supported neighbour has the word (3+ letters).</summary>
    public bool NeighbourListed(int rival, ulong hash, int letters) => letters >= 3 && Listed((2 * rival) + 1, hash);

    /// <summary>Bit positions as <c>bloom_bits</c> of build-rival-words.py: the word hash keyed by the list, mixed, double hashing.</summary>
    private bool Listed(int list, ulong wordHash)
    {
        if (_bloom is null)
        {
            return false;
        }
        ulong h = wordHash ^ unchecked((ulong)(list + 1) * 0x9E3779B97F4A7C15UL);
        h = unchecked(h * 0xBF58476D1CE4E5B9UL);
        h ^= h >> 31;
        uint h1 = (uint)h;
        uint h2 = (uint)(h >> 32) | 1;
        var bytes = _bloom.Slice(0, _bloom.Length);
        for (int i = 0; i < _probes; i++)
        {
            uint bit = unchecked(h1 + ((uint)i * h2)) & _bitMask;
            if ((bytes[(int)(bit >> 3)] & (1 << (int)(bit & 7))) == 0)
            {
                return false;
            }
        }
        return true;
    }
}
