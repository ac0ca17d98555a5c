namespace TextPipe.Cleanup.Rules;

/// <summary>
/// A set of 64-bit n-gram hashes in one array given to it (open addressing, linear probing): 8 bytes a slot where a
/// <see cref="HashSet{T}"/> of <see cref="ulong"/> takes 20 and doubles as it grows, keeping both tables while it copies.
/// The caller sizes the array for the most hashes it will add; the set never grows.
/// </summary>
internal sealed class NGramSet
{
    private readonly ulong[] _slots;
    private int _count;
    private bool _hasZero; // 0 marks an empty slot, so the hash 0 is kept apart

    public NGramSet(ulong[] slots)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (slots.Length == 0)
        {
            throw new ArgumentException("a set needs at least one slot", nameof(slots));
        }
        _slots = slots;
        Clear();
    }

    public void Clear()
    {
        Array.Clear(_slots);
        _count = 0;
        _hasZero = false;
    }

    /// <summary>Adds <paramref name="hash"/>; false when it was there already.</summary>
    /// <exception cref="InvalidOperationException">The set is full (the caller sized it too small).</exception>
    public bool Add(ulong hash)
    {
        if (hash == 0)
        {
            bool added = !_hasZero;
            _hasZero = true;
            return added;
        }
        // The slot from the hash's high bits after a Fibonacci multiply, scaled to the table's length: the n-gram
        // hashes are already mixed, this only spreads them evenly over a table of any length.
        int slot = (int)(((hash * 0x9E3779B97F4A7C15UL) >> 32) * (ulong)_slots.Length >> 32);
        while (true)
        {
            ulong held = _slots[slot];
            if (held == hash)
            {
                return false;
            }
            if (held == 0)
            {
                if (_count == _slots.Length - 1)
                {
                    throw new InvalidOperationException("n-gram set is full");
                }
                _slots[slot] = hash;
                _count++;
                return true;
            }
            slot = slot + 1 == _slots.Length ? 0 : slot + 1;
        }
    }
}
