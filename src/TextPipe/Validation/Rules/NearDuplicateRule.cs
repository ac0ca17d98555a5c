using System.Globalization;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>near-duplicate</c>: no two documents whose character-shingle sets overlap by <c>threshold</c> or more (Jaccard,
/// estimated by MinHash, candidates found by LSH banding). Exact duplicates are left to <c>exact-duplicate</c>.
/// Memory per document: the signature (4 bytes × permutations) and its band keys, never the text.
/// </summary>
public sealed class NearDuplicateRule : ISetCheckRule
{
    private readonly List<string> names = [];
    private readonly List<ulong> textHashes = [];
    private LshIndex? index;
    private MinHasher? hasher;

    public CheckRuleDescriptor Descriptor { get; } = Describe();

    public static CheckRuleDescriptor Describe() => new(
        "near-duplicate", "duplicates", "No two documents nearly the same (MinHash over character shingles, LSH)", CheckSeverity.Warning,
        [
            new("threshold", CheckParameterKind.Number, 0.8, "Jaccard similarity of character shingles from which a pair is reported"),
            new("shingle", CheckParameterKind.Number, 5.0, "shingle length in characters (after lower-casing and folding white space)"),
            new("permutations", CheckParameterKind.Number, 128.0, "MinHash signature length"),
            new("bands", CheckParameterKind.Number, 16.0, "LSH bands (permutations / bands rows each)"),
        ]);

    public object? Prepare(CheckedDocument document, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        return (ExactDuplicateRule.TextHash(document.Text), HasherFor(settings).Signature(document.Text));
    }

    public void Observe(CheckedDocument document, object? prepared, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var (textHash, signature) = ((ulong, uint[]))prepared!;
        index ??= new LshIndex(signature.Length, Math.Clamp((int)(settings.Number("bands") ?? 16), 1, signature.Length));
        double threshold = settings.Number("threshold") ?? 0.8;
        var match = index.MatchAndAdd(signature, threshold, member => textHashes[member] == textHash);
        names.Add(document.Name);
        textHashes.Add(textHash);
        if (match is { } pair)
        {
            string other = names[pair.Index];
            findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"near-duplicate of {other} (estimated Jaccard {pair.Similarity:0.00} ≥ {threshold:0.00})"))) with { Related = other });
        }
    }

    /// <summary>One hasher for the run (its permutations must be the same for every document), made on first use.</summary>
    private MinHasher HasherFor(RuleSettings settings)
    {
        var made = Volatile.Read(ref hasher);
        if (made is null)
        {
            made = new MinHasher((int)(settings.Number("permutations") ?? 128), (int)(settings.Number("shingle") ?? 5));
            made = Interlocked.CompareExchange(ref hasher, made, null) ?? made;
        }
        return made;
    }
}
