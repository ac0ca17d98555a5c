using System.Globalization;
using System.Text;

namespace TextPipe.Validation.Rules;

/// <summary>
/// The shape shared by the character hygiene rules: find each offending character of the clean text, fail when there
/// are more than <c>max</c>, and point at the first few.
/// </summary>
public abstract class CharacterCountRule : IDocumentCheckRule
{
    private const int PointedAt = 3;

    public abstract CheckRuleDescriptor Descriptor { get; }

    /// <summary>What the offending characters are called in a message ("U+FFFD replacement characters").</summary>
    protected abstract string What { get; }

    protected abstract bool Offends(Rune rune);

    /// <summary>Offending characters the document had but cleanup took out (counted, though not in the clean text).</summary>
    protected virtual int RemovedByCleanup(CheckedDocument document) => 0;

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        int max = (int)(settings.Number("max") ?? 0);
        var offsets = new List<int>();
        int count = 0;
        int offset = 0;
        foreach (var rune in document.Text.EnumerateRunes())
        {
            if (Offends(rune))
            {
                count++;
                if (offsets.Count < PointedAt)
                {
                    offsets.Add(offset);
                }
            }
            offset += rune.Utf16SequenceLength;
        }
        int removed = RemovedByCleanup(document);
        int total = count + removed;
        if (total <= max)
        {
            return;
        }
        string message = string.Create(CultureInfo.InvariantCulture, $"{total} {What} (at most {max} allowed)")
            + (removed > 0 ? string.Create(CultureInfo.InvariantCulture, $", {removed} of them removed by cleanup") : "");
        if (offsets.Count == 0)
        {
            findings.Add(document.Whole(settings.Finding(message)));
            return;
        }
        foreach (int at in offsets)
        {
            findings.Add(document.At(settings.Finding(message), at, 1));
        }
    }
}
