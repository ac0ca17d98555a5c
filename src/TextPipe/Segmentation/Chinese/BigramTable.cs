namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// How often word B followed word A in the ICTCLAS training corpus, looked up by the hash of "A@B":
/// the table SmartCn ships keeps only hashes, not the pairs. Keys are the 64-bit FNV-1a hash over the
/// UTF-16LE bytes, folded to 32 bits when packed; stored in an open-addressing table sized to stay
/// under two thirds full, so a lookup is one or two probes; a small filter in front (BigramFilter) answers
/// most unseen pairs without touching the table. Immutable after construction.
/// </summary>
internal sealed class BigramTable
{
    public const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 1099511628211UL;

    // Key in the high half, count in the low half: one probe reads both from one cache line.
    private readonly ulong[] slots;
    private readonly int mask;
    private readonly BigramFilter filter = new();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public BigramTable(ReadOnlySpan<uint> foldedKeys, ReadOnlySpan<int> frequencies)
    {
        int capacity = 1;
        while (capacity < foldedKeys.Length * 3 / 2)
        {
            capacity <<= 1;
        }
        slots = new ulong[capacity];
        mask = capacity - 1;
        for (int i = 0; i < foldedKeys.Length; i++)
        {
            uint key = foldedKeys[i];
            filter.Add(key);
            int slot = Slot(key);
            while (slots[slot] != 0 && (uint)(slots[slot] >> 32) != key)
            {
                slot = (slot + 1) & mask;
            }
            uint count = (uint)Math.Min((long)(uint)slots[slot] + frequencies[i], int.MaxValue);
            slots[slot] = ((ulong)key << 32) | count;
        }
        Count = foldedKeys.Length;
    }

    public int Count { get; }

    /// <summary>Continues an FNV-1a hash over the UTF-16LE bytes of <paramref name="chars"/>.</summary>
    public static ulong Hash(ulong hash, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            hash = (hash ^ (uint)(c & 0xFF)) * FnvPrime;
            hash = (hash ^ (uint)(c >> 8)) * FnvPrime;
        }
        return hash;
    }

    public static ulong Hash(ulong hash, char c) => Hash(hash, new ReadOnlySpan<char>(in c));

    public static uint Fold(ulong hash)
    {
        uint folded = (uint)(hash ^ (hash >> 32));
        return folded == 0 ? 1 : folded;
    }

    /// <summary>Frequency of the pair whose full "A@B" hash is <paramref name="hash"/>, 0 when unseen.</summary>
    public int Frequency(ulong hash)
    {
        uint key = Fold(hash);
        if (!filter.MayContain(key))
        {
            return 0;
        }
        int slot = Slot(key);
        while (true)
        {
            ulong stored = slots[slot];
            if ((uint)(stored >> 32) == key)
            {
                return (int)(uint)stored;
            }
            if (stored == 0)
            {
                return 0;
            }
            slot = (slot + 1) & mask;
        }
    }

    // The folded key is already a hash; mixing once more spreads sequential-looking keys.
    private int Slot(uint key) => (int)((key * 0x9E3779B1u) >> 8) & mask;
}
