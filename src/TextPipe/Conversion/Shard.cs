using System.Globalization;
using System.Text;

namespace TextPipe.Conversion;

/// <summary>
/// One slice of a batch, <c>K/N</c> with 0 ≤ K &lt; N, so N independent processes (GNU parallel, Slurm array tasks,
/// Kubernetes indexed Jobs) can each take a share of the same inputs and together convert each exactly once.
/// A file goes to the shard its path selects; a dataset row (JSONL, CSV) to the shard its line number selects, so
/// one large dataset is shared too. The key is hashed with 64-bit FNV-1a over its UTF-8 bytes, modulo N: a choice
/// anyone can recompute in a few lines, that does not depend on the machine, the process or the other inputs
/// (adding a file moves no other file to another shard).
/// </summary>
public sealed record Shard
{
    private const ulong FnvOffsetBasis = 0xcbf29ce484222325;
    private const ulong FnvPrime = 0x100000001b3;

    public Shard(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        Index = index;
        Count = count;
    }

    /// <summary>K, from 0.</summary>
    public int Index { get; }

    /// <summary>N, the number of shards.</summary>
    public int Count { get; }

    /// <summary>Parses <c>K/N</c>; a clear message when it is not one.</summary>
    /// <exception cref="FormatException">Not two whole numbers with 0 ≤ K &lt; N.</exception>
    public static Shard Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0 || !TryParseNumber(text[..slash], out int index) || !TryParseNumber(text[(slash + 1)..], out int count))
        {
            throw new FormatException($"'{text}' is not K/N (two whole numbers, e.g. 0/4 for the first of four shards)");
        }
        if (count < 1)
        {
            throw new FormatException($"'{text}': N must be at least 1");
        }
        if (index >= count)
        {
            throw new FormatException($"'{text}': K counts from 0 and must be less than N (0/{count} to {count - 1}/{count})");
        }
        return new Shard(index, count);
    }

    /// <summary>Whether a file (or stdin, named <c>-</c>) belongs to this shard, by the name records give it as <c>source</c>.</summary>
    public bool TakesInput(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // The same file typed with either separator is the same key on every platform.
        return Takes(name.Replace('\\', '/'));
    }

    /// <summary>Whether the dataset row starting at this 1-based line (its <c>meta.line</c>) belongs to this shard.</summary>
    public bool TakesRow(long line) => Takes(line.ToString(CultureInfo.InvariantCulture));

    /// <summary>The shard (from 0) a key falls in among <paramref name="count"/>.</summary>
    public static int Of(string key, int count)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (int)(Fnv1a64(key) % (ulong)count);
    }

    public override string ToString() => $"{Index}/{Count}";

    private bool Takes(string key) => Count == 1 || Of(key, Count) == Index;

    private static ulong Fnv1a64(string key)
    {
        ulong hash = FnvOffsetBasis;
        foreach (byte b in Encoding.UTF8.GetBytes(key))
        {
            hash = unchecked((hash ^ b) * FnvPrime);
        }
        return hash;
    }

    private static bool TryParseNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
