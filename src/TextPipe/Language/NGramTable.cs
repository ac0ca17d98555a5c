namespace TextPipe.Language;

/// <summary>
/// Character n-gram model of one script shared by several languages (Latin, Cyrillic, Arabic): for each kept
/// n-gram (1–5 characters, words padded with a space), the cost <c>-ln P(last char | the ones before)</c> in each
/// language, smoothed (interpolated Witten-Bell) at build time and quantised to a byte. One lookup gives the
/// costs of every language, so scoring a character is a hash probe and a short vector add.
/// </summary>
internal sealed class NGramTable
{
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;
    private readonly char[] _alphabet;
    private readonly ModelBytes _keys;  // key of the n-gram of each row, 8 bytes each, used where it lies
    private readonly ModelBytes _costs; // rows × Languages.Length
    private readonly int _shift;
    private readonly int _size;
    // Built on the first lookup, not when the model loads: a process that only sees English text never probes
    // the Cyrillic or Arabic tables, and building the Latin one (2 MB of slots over 200k keys) was most of a
    // short run's model load. Two threads racing to build one both build the same table; either may win.
    private byte[]? _codes;             // 8-bit code of each char (char.MaxValue + 1 entries)
    private int[]? _slots;              // 1 + row of the n-gram in each slot, 0 = empty (one int per slot keeps the table small to build)

    /// <param name="keys">The rows' n-gram keys, 8 little-endian bytes each.</param>
    public NGramTable(string name, int[] languages, char[] alphabet, ModelBytes keys, ModelBytes costs, float quantum)
    {
        Name = name;
        Languages = languages;
        foreach (int lang in languages)
        {
            LanguageMask |= 1u << lang;
        }
        Quantum = quantum;
        _alphabet = alphabet;
        _costs = costs;
        _keys = keys;
        int rows = keys.Length / sizeof(long);
        _size = 1 << Math.Max(4, (int)Math.Ceiling(Math.Log2(rows * 2.0 + 1)));
        _shift = 64 - (int)Math.Log2(_size);
    }

    public string Name { get; }

    /// <summary>Indices (into the model's language list) of the languages this script's model tells apart.</summary>
    public int[] Languages { get; }

    /// <summary>The same languages as a bit mask (lexicon masks use the same bits).</summary>
    public uint LanguageMask { get; }

    /// <summary>Costs are stored as <c>round(-ln p × Quantum)</c>.</summary>
    public float Quantum { get; }

    /// <summary>The 8-bit code of a lower-case letter in this model's alphabet; 0 when the model never saw it. 1 is the word boundary.</summary>
    public byte CodeOf(char lower) => (_codes ?? BuildCodes())[lower];

    /// <summary>
    /// Adds the costs of the longest known n-gram ending with the newest character of <paramref name="key"/>
    /// (one byte per character, newest lowest; <paramref name="length"/> characters valid) to <paramref name="totals"/>.
    /// </summary>
    public void AddCosts(long key, int length, Span<int> totals)
    {
        for (int n = Math.Min(length, 5); n >= 1; n--)
        {
            long gram = key & ((1L << (8 * n)) - 1);
            int row = Find(gram);
            if (row >= 0)
            {
                var costs = _costs.Slice(row * Languages.Length, Languages.Length);
                for (int i = 0; i < costs.Length; i++)
                {
                    totals[i] += costs[i];
                }
                return;
            }
        }
    }

    private int Find(long key)
    {
        int[] slots = _slots ?? BuildSlots();
        int mask = slots.Length - 1;
        int slot = SlotOf(key);
        while (true)
        {
            int found = slots[slot];
            if (found == 0)
            {
                return -1;
            }
            if (_keys.Int64At(found - 1) == key)
            {
                return found - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private byte[] BuildCodes()
    {
        var codes = new byte[char.MaxValue + 1];
        for (int i = 0; i < _alphabet.Length; i++)
        {
            codes[_alphabet[i]] = (byte)(i + 2);
        }
        return Interlocked.CompareExchange(ref _codes, codes, null) ?? codes;
    }

    /// <summary>Open addressing, rows inserted in order: the same table whichever thread builds it.</summary>
    private int[] BuildSlots()
    {
        var slots = new int[_size];
        int rows = _keys.Length / sizeof(long);
        for (int row = 0; row < rows; row++)
        {
            int slot = SlotOf(_keys.Int64At(row));
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & (_size - 1);
            }
            slots[slot] = row + 1;
        }
        return Interlocked.CompareExchange(ref _slots, slots, null) ?? slots;
    }

    private int SlotOf(long key) => (int)(((ulong)key * HashMultiplier) >> _shift);
}
