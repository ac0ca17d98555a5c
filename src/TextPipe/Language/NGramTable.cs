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
    private readonly byte[] _codes = new byte[char.MaxValue + 1];
    private readonly long[] _keys;      // key of the n-gram of each row
    private readonly int[] _slots;      // 1 + row of the n-gram in each slot, 0 = empty (one int per slot keeps the table small to build)
    private readonly ModelBytes _costs; // rows × Languages.Length
    private readonly int _shift;

    public NGramTable(string name, int[] languages, char[] alphabet, long[] keys, ModelBytes costs, float quantum)
    {
        Name = name;
        Languages = languages;
        foreach (int lang in languages)
        {
            LanguageMask |= 1u << lang;
        }
        Quantum = quantum;
        _costs = costs;
        for (int i = 0; i < alphabet.Length; i++)
        {
            _codes[alphabet[i]] = (byte)(i + 2);
        }
        int size = 1 << Math.Max(4, (int)Math.Ceiling(Math.Log2(keys.Length * 2.0 + 1)));
        _shift = 64 - (int)Math.Log2(size);
        _keys = keys;
        _slots = new int[size];
        for (int row = 0; row < keys.Length; row++)
        {
            int slot = SlotOf(keys[row]);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }
            _slots[slot] = row + 1;
        }
    }

    public string Name { get; }

    /// <summary>Indices (into the model's language list) of the languages this script's model tells apart.</summary>
    public int[] Languages { get; }

    /// <summary>The same languages as a bit mask (lexicon masks use the same bits).</summary>
    public uint LanguageMask { get; }

    /// <summary>Costs are stored as <c>round(-ln p × Quantum)</c>.</summary>
    public float Quantum { get; }

    /// <summary>The 8-bit code of a lower-case letter in this model's alphabet; 0 when the model never saw it. 1 is the word boundary.</summary>
    public byte CodeOf(char lower) => _codes[lower];

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
        int mask = _slots.Length - 1;
        int slot = SlotOf(key);
        while (true)
        {
            int found = _slots[slot];
            if (found == 0)
            {
                return -1;
            }
            if (_keys[found - 1] == key)
            {
                return found - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int SlotOf(long key) => (int)(((ulong)key * HashMultiplier) >> _shift);
}
