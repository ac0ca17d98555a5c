namespace TextPipe.Language;

/// <summary>
/// Words of close relatives the detector does not know ("rivals": Galician for Spanish, Slovak for Czech, Bulgarian
/// for Russian, Azerbaijani for Turkish, Urdu for Persian, Yiddish for Hebrew...) and of the supported neighbour each is mistaken for,
/// from <c>data/langid-rivals.bin</c> (data/scripts/build-rival-words.py). The n-gram models cannot tell a relative
/// from its neighbour, but the words can: Galician text is full of words Spanish does not write ("unha",
/// "dereitos"). Rival index r is bit r of <see cref="StopWordMask"/>; every word list (a rival's, or a neighbour's that
/// several rivals share) is keyed by its own index in one Bloom filter.
/// </summary>
internal sealed class RivalWords
{
    private readonly Dictionary<ulong, uint> _stopWords;
    private readonly ModelBytes? _bloom;
    private readonly uint _bitMask;
    private readonly int _probes;
    private readonly int[] _rivalLists;
    private readonly int[] _neighbourLists;
    private readonly uint _withStopWords;

    public RivalWords(RivalPair[] pairs, Dictionary<ulong, uint> stopWords, ModelBytes? bloom, int bitsLog2, int probes)
    {
        Rivals = [.. pairs.Select(p => p.Rival)];
        Targets = [.. pairs.Select(p => p.Target)];
        _rivalLists = [.. pairs.Select(p => p.RivalList)];
        _neighbourLists = [.. pairs.Select(p => p.NeighbourList)];
        _stopWords = stopWords;
        _withStopWords = stopWords.Values.Aggregate(0u, (all, mask) => all | mask);
        _bloom = bloom;
        _bitMask = bitsLog2 >= 32 ? uint.MaxValue : (1u << bitsLog2) - 1;
        _probes = probes;
    }

    public static RivalWords None { get; } = new([], [], null, 0, 0);

    /// <summary>The rivals' codes (not languages the detector answers).</summary>
    public string[] Rivals { get; }

    /// <summary>For each rival, the model index (lexicon bit) of the supported language it is mistaken for.</summary>
    public int[] Targets { get; }

    public int Count => Rivals.Length;

    /// <summary>Which rivals have this (lower-cased, hashed) word among their stop words (held exactly).</summary>
    public uint StopWordMask(ulong hash) => _stopWords.GetValueOrDefault(hash);

    /// <summary>Whether rival <paramref name="rival"/>'s web word list has the word (3+ letters; Bloom filter, ~0.3 % false positives).</summary>
    public bool RivalListed(int rival, ulong hash, int letters, ref ListLookups lookups) => letters >= 3 && lookups.Listed(this, _rivalLists[rival], hash);

    /// <summary>Whether the web word list of rival <paramref name="rival"/>'s supported neighbour has the word (3+ letters).</summary>
    public bool NeighbourListed(int rival, ulong hash, int letters, ref ListLookups lookups) => letters >= 3 && lookups.Listed(this, _neighbourLists[rival], hash);

    /// <summary>Whether rival <paramref name="rival"/> has stop words (its short words can be judged).</summary>
    public bool HasStopWords(int rival) => ((_withStopWords >> rival) & 1) != 0;

    /// <summary>Whether some rival is mistaken for the language with model index <paramref name="target"/>.</summary>
    public bool HasRivalFor(int target) => Array.IndexOf(Targets, target) >= 0;

    /// <summary>Bit positions as <c>bloom_bits</c> of build-rival-words.py: the word hash keyed by the list, mixed, double hashing.</summary>
    internal bool Listed(int list, ulong wordHash)
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

/// <summary>One rival as stored: its code, the model index of the neighbour it is mistaken for, and the Bloom keys of both word lists.</summary>
internal readonly record struct RivalPair(string Rival, int Target, int RivalList, int NeighbourList);

/// <summary>
/// The Bloom lookups of one word, remembered per list: a neighbour's list (Spanish's, Czech's) is asked once per word
/// however many rivals it has.
/// </summary>
internal struct ListLookups
{
    private uint _asked;
    private uint _found;

    public bool Listed(RivalWords words, int list, ulong hash)
    {
        if (list >= 32)
        {
            return words.Listed(list, hash);
        }
        uint bit = 1u << list;
        if ((_asked & bit) == 0)
        {
            _asked |= bit;
            _found |= words.Listed(list, hash) ? bit : 0;
        }
        return (_found & bit) != 0;
    }
}
