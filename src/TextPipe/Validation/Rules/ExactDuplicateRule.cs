using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace TextPipe.Validation.Rules;

/// <summary><c>exact-duplicate</c>: no two documents of the set have the same clean text (SHA-256 of it; only the hash and the first holder's name are kept).</summary>
public sealed class ExactDuplicateRule : ISetCheckRule
{
    private readonly Dictionary<ulong, string> firstHolder = [];

    public CheckRuleDescriptor Descriptor { get; } = Describe();

    public static CheckRuleDescriptor Describe() => new(
        "exact-duplicate", "duplicates", "No two documents with the same clean text", CheckSeverity.Error, []);

    public static ulong TextHash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }

    public object? Prepare(CheckedDocument document, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        return TextHash(document.Text);
    }

    public void Observe(CheckedDocument document, object? prepared, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        ulong hash = (ulong)prepared!;
        if (firstHolder.TryGetValue(hash, out string? first))
        {
            findings.Add(document.Whole(settings.Finding($"same clean text as {first}")) with { Related = first });
        }
        else
        {
            firstHolder[hash] = document.Name;
        }
    }
}
