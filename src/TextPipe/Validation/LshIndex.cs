namespace TextPipe.Validation;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: the signature is cut into bands of rows, and two documents
/// become candidates when any band agrees in full. With b bands of r rows, pairs of similarity s become candidates with
/// probability 1 − (1 − s^r)^b, so a pair above the threshold is almost never missed while most dissimilar pairs are
/// never compared. Only signatures are kept (four bytes per permutation per document), never texts.
/// </summary>
public sealed class LshIndex
{
    private readonly int bands;
    private readonly int rows;
    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly List<uint[]> signatures = [];

    public LshIndex(int permutations, int bands)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bands, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(bands, permutations);
        this.bands = bands;
        rows = permutations / bands;
    }

    public int Count => signatures.Count;

    /// <summary>
    /// The earlier document most similar to <paramref name="signature"/> at <paramref name="threshold"/> or above
    /// (the first one on a tie), or null; then adds the signature as document number <see cref="Count"/>.
    /// </summary>
    public (int Index, double Similarity)? MatchAndAdd(uint[] signature, double threshold, Func<int, bool>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(signature);
        (int Index, double Similarity)? best = null;
        HashSet<int>? compared = null;
        var keys = new ulong[bands];
        for (int band = 0; band < bands; band++)
        {
            keys[band] = BandKey(signature, band);
            if (!buckets.TryGetValue(keys[band], out var members))
            {
                continue;
            }
            foreach (int member in members)
            {
                if (!(compared ??= []).Add(member) || (exclude?.Invoke(member) ?? false))
                {
                    continue;
                }
                double similarity = MinHasher.Similarity(signature, signatures[member]);
                if (similarity >= threshold && (best is null || similarity > best.Value.Similarity || (similarity == best.Value.Similarity && member < best.Value.Index)))
                {
                    best = (member, similarity);
                }
            }
        }
        int index = signatures.Count;
        signatures.Add(signature);
        foreach (ulong key in keys)
        {
            if (!buckets.TryGetValue(key, out var members))
            {
                buckets[key] = members = new List<int>(1);
            }
            members.Add(index);
        }
        return best;
    }

    private ulong BandKey(uint[] signature, int band)
    {
        ulong hash = 14695981039346656037UL ^ (ulong)band;
        for (int i = band * rows; i < (band + 1) * rows; i++)
        {
            hash = (hash ^ signature[i]) * 1099511628211UL;
            hash ^= hash >> 29;
        }
        return hash;
    }
}
