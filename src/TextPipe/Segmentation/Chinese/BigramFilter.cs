namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// A blocked Bloom filter over the folded bigram keys, 512 KB, consulted before the 4 MB bigram table.
/// Most word pairs the lattice tries were never seen in training; answering "surely absent" from a
/// table small enough to stay in the L2 cache spares those lookups a cache miss into the big table.
/// Each key sets two bits of one 64-bit word, so a query reads one word (about 2% false positives).
/// Immutable after construction.
/// </summary>
internal sealed class BigramFilter
{
    private const int WordBits = 16;            // 2^16 words of 64 bits = 512 KB

    private readonly ulong[] words = new ulong[1 << WordBits];

    public void Add(uint key) => words[key >> (32 - WordBits)] |= Bits(key);

    /// <summary>False when <paramref name="key"/> was certainly never added.</summary>
    public bool MayContain(uint key)
    {
        ulong bits = Bits(key);
        return (words[key >> (32 - WordBits)] & bits) == bits;
    }

    // The low bits pick the two bits within the word; the high bits, the word: independent parts of the hash.
    private static ulong Bits(uint key) => (1UL << (int)(key & 63)) | (1UL << (int)((key >> 6) & 63));
}
