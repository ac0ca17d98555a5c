namespace TextPipe.Cleanup.Rules;

/// <summary>A unit (or a group of <see cref="Period"/> units) said <see cref="Copies"/> times in a row from <see cref="Start"/>.</summary>
internal readonly record struct TandemRepeat(int Start, int Period, int Copies)
{
    /// <summary>First unit after the first occurrence: the copies that a removal takes.</summary>
    public int FirstCopy => Start + Period;

    public int End => Start + Period * Copies;
}

/// <summary>
/// Finds repetition that is LOCAL: a unit or a short group of units repeated back to back
/// (<c>A A A</c>, <c>A B A B</c>) in a sequence of unit keys. A unit without a key is a unit that may not repeat (too
/// short, a heading, a table cell): it is a barrier, so a loop never spans one. Units far apart with the
/// same key are not repetition here — a book may say "Yes, sir." twice. Keys are 64-bit hashes of the units
/// (<see cref="TextHash64"/>), <see cref="NoKey"/> for a barrier: a string for each line of a long block cost more than the block.
/// </summary>
internal static class TandemRepeats
{
    /// <summary>The key of a unit that may not repeat: a barrier.</summary>
    public const ulong NoKey = 0;

    /// <summary>Groups of at most this many units are looked for (a duplicated block of a scraped page).</summary>
    public const int MaxPeriod = 8;

    /// <summary>Non-adjacent repeats are looked for this many units back.</summary>
    public const int Window = 3;

    /// <summary>Back-to-back repeats, left to right, each with the shortest period that explains it.</summary>
    public static List<TandemRepeat> Find(IReadOnlyList<ulong> keys)
    {
        var repeats = new List<TandemRepeat>();
        int s = 0;
        while (s < keys.Count)
        {
            int advance = 1;
            for (int p = 1; p <= MaxPeriod && s + 2 * p <= keys.Count; p++)
            {
                if (HasBarrier(keys, s, p))
                {
                    break;
                }
                int copies = 1;
                while (s + (copies + 1) * p <= keys.Count && SameGroup(keys, s, s + copies * p, p))
                {
                    copies++;
                }
                if (copies >= 2)
                {
                    repeats.Add(new TandemRepeat(s, p, copies));
                    advance = p * copies;
                    break;
                }
            }
            s += advance;
        }
        return repeats;
    }

    /// <summary>
    /// Units equal to one 2..<see cref="Window"/> units before them, with no barrier between and not part of
    /// a back-to-back repeat: (unit, earlier unit). Suspicious (a block pasted twice with a line between),
    /// never certain (a refrain comes back after a verse).
    /// </summary>
    public static List<(int Unit, int Earlier)> FindNear(IReadOnlyList<ulong> keys, IReadOnlyList<TandemRepeat> tandems)
    {
        var inTandem = new bool[keys.Count];
        foreach (var t in tandems)
        {
            for (int i = t.Start; i < t.End; i++)
            {
                inTandem[i] = true;
            }
        }
        var near = new List<(int, int)>();
        for (int i = 0; i < keys.Count; i++)
        {
            if (keys[i] == NoKey || inTandem[i])
            {
                continue;
            }
            for (int j = i - 2; j >= Math.Max(0, i - Window); j--)
            {
                if (keys[j + 1] == NoKey)
                {
                    break;
                }
                if (keys[j] == keys[i])
                {
                    near.Add((i, j));
                    break;
                }
            }
        }
        return near;
    }

    private static bool HasBarrier(IReadOnlyList<ulong> keys, int start, int count)
    {
        for (int k = start; k < start + count; k++)
        {
            if (keys[k] == NoKey)
            {
                return true;
            }
        }
        return false;
    }

    private static bool SameGroup(IReadOnlyList<ulong> keys, int a, int b, int count)
    {
        for (int k = 0; k < count; k++)
        {
            if (keys[a + k] != keys[b + k])
            {
                return false;
            }
        }
        return true;
    }
}
