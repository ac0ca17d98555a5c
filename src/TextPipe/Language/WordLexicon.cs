

namespace TextPipe.Language;

/// <summary>
/// Word-level evidence: which languages a (lower-cased) word belongs to, as a bit mask over the model's
/// languages. Two tiers: frequent words (stop words, running text) held exactly, and dictionary forms held in
/// a Bloom filter whose slots are language masks (a word's languages are the AND of its slots).
/// </summary>
internal sealed class WordLexicon
{
    private const ulong SlotMultiplier = 0x9E3779B97F4A7C15UL;
    private readonly ulong[] _frequentHashes;
    private readonly uint[] _frequentMasks;
    private readonly int[] _frequentSlots; // 1 + index of the word in each slot, 0 = empty (open addressing, at most half full)
    private readonly int _slotShift;
    private readonly ModelBytes _bloom;
    private readonly uint _bloomSlots;
    private readonly int _hashes;

    /// <summary>
    /// <paramref name="frequentHashes"/> and <paramref name="frequentMasks"/> are parallel arrays, as stored in the
    /// model file; the hash index over them is built here with plain arrays because a generic dictionary over
    /// these types costs tens of milliseconds of JIT at start-up.
    /// </summary>
    public WordLexicon(ulong[] frequentHashes, uint[] frequentMasks, ModelBytes bloom, int hashes)
    {
        _frequentHashes = frequentHashes;
        _frequentMasks = frequentMasks;
        _bloom = bloom;
        _bloomSlots = (uint)(bloom.Length / sizeof(uint));
        _hashes = hashes;
        int bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(frequentHashes.Length * 2.0 + 1)));
        _slotShift = 64 - bits;
        _frequentSlots = new int[1 << bits];
        int mask = _frequentSlots.Length - 1;
        for (int i = 0; i < frequentHashes.Length; i++)
        {
            int slot = SlotOf(frequentHashes[i]);
            while (_frequentSlots[slot] != 0)
            {
                if (_frequentHashes[_frequentSlots[slot] - 1] == frequentHashes[i])
                {
                    throw new InvalidDataException("The language model's frequent-word list holds a word twice.");
                }
                slot = (slot + 1) & mask;
            }
            _frequentSlots[slot] = i + 1;
        }
    }

    /// <summary>FNV-1a over UTF-16 code units, seeded; feed it lower-cased characters one at a time.</summary>
    public const ulong HashSeed = 0xCBF29CE484222325UL;

    public static ulong HashAdd(ulong hash, char c) => (hash ^ c) * 0x100000001B3UL;

    public uint FrequentMask(ulong hash)
    {
        int mask = _frequentSlots.Length - 1;
        for (int slot = SlotOf(hash); ; slot = (slot + 1) & mask)
        {
            int found = _frequentSlots[slot];
            if (found == 0)
            {
                return 0;
            }
            if (_frequentHashes[found - 1] == hash)
            {
                return _frequentMasks[found - 1];
            }
        }
    }

    private int SlotOf(ulong hash) => (int)((hash * SlotMultiplier) >> _slotShift);

    public uint DictionaryMask(ulong hash)
    {
        uint h1 = (uint)hash;
        uint h2 = (uint)(hash >> 32) | 1;
        uint mask = uint.MaxValue;
        for (int i = 0; i < _hashes && mask != 0; i++)
        {
            mask &= _bloom.UInt32At((int)(unchecked(h1 + (uint)i * h2) % _bloomSlots));
        }
        return mask;
    }
}
