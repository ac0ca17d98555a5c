using System.Text;
using TextPipe.Text;

namespace TextPipe.Validation;

/// <summary>
/// MinHash signatures over character shingles, so near-duplicates are found the same way in Chinese (no spaces) as in
/// English or French: the text is lower-cased, runs of white space become one space and spaces next to CJK characters
/// are dropped, then every run of <see cref="ShingleLength"/> characters is hashed. The estimated Jaccard similarity of
/// two shingle sets is the share of positions where their signatures agree.
/// </summary>
public sealed class MinHasher
{
    private readonly ulong[] multipliers;
    private readonly ulong[] addends;

    public MinHasher(int permutations, int shingleLength, ulong seed = 0x9E3779B97F4A7C15)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(shingleLength, 1);
        ShingleLength = shingleLength;
        multipliers = new ulong[permutations];
        addends = new ulong[permutations];
        ulong state = seed;
        for (int i = 0; i < permutations; i++)
        {
            multipliers[i] = SplitMix(ref state) | 1; // odd: a bijection on 64-bit values
            addends[i] = SplitMix(ref state);
        }
    }

    public int ShingleLength { get; }

    public int Permutations => multipliers.Length;

    public uint[] Signature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var signature = new uint[multipliers.Length];
        Array.Fill(signature, uint.MaxValue);
        string normal = Normalise(text);
        int count = Math.Max(1, normal.Length - ShingleLength + 1);
        for (int start = 0; start < count; start++)
        {
            ulong shingle = Hash(normal.AsSpan(start, Math.Min(ShingleLength, normal.Length - start)));
            for (int i = 0; i < signature.Length; i++)
            {
                uint value = (uint)((multipliers[i] * shingle + addends[i]) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    /// <summary>Estimated Jaccard similarity: the share of signature positions that agree.</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int same = 0;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }
        return (double)same / a.Length;
    }

    /// <summary>The text shingles are cut from: lower-cased, white space folded, no spaces next to CJK characters.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace && !Scripts.IsCjk(c) && !Scripts.IsCjk(builder[^1]))
            {
                builder.Append(' ');
            }
            pendingSpace = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    /// <summary>FNV-1a over the UTF-16 units, finished with a SplitMix step so nearby shingles spread over all 64 bits.</summary>
    private static ulong Hash(ReadOnlySpan<char> shingle)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in shingle)
        {
            hash = (hash ^ c) * 1099511628211;
        }
        return SplitMix(ref hash);
    }

    private static ulong SplitMix(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
