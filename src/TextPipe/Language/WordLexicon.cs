

namespace TextPipe.Language;

/// <summary>
/// Word-level evidence: which languages a (lower-cased) word belongs to, as a bit mask over the model's
/// languages. Two tiers: frequent words (stop words, running text) held exactly, and dictionary forms held in
/// a Bloom filter whose slots are language masks (a word's languages are the AND of its slots).
/// </summary>
internal sealed class WordLexicon
{
    private readonly Dictionary<ulong, uint> _frequent;
    private readonly uint[] _bloom;
    private readonly int _hashes;

    public WordLexicon(Dictionary<ulong, uint> frequent, uint[] bloom, int hashes)
    {
        _frequent = frequent;
        _bloom = bloom;
        _hashes = hashes;
    }

    /// <summary>FNV-1a over UTF-16 code units, seeded; feed it lower-cased characters one at a time.</summary>
    public const ulong HashSeed = 0xCBF29CE484222325UL;

    public static ulong HashAdd(ulong hash, char c) => (hash ^ c) * 0x100000001B3UL;

    public uint FrequentMask(ulong hash) => _frequent.TryGetValue(hash, out uint mask) ? mask : 0;

    public uint DictionaryMask(ulong hash)
    {
        uint h1 = (uint)hash;
        uint h2 = (uint)(hash >> 32) | 1;
        uint mask = uint.MaxValue;
        for (int i = 0; i < _hashes && mask != 0; i++)
        {
            mask &= _bloom[(int)(unchecked(h1 + (uint)i * h2) % (uint)_bloom.Length)];
        }
        return mask;
    }
}
