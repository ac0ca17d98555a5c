using System.Collections.Immutable;
using System.Globalization;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>cleanup-findings</c>: per cleanup rule (<c>garbled-numbers</c>, <c>image-links</c>, <c>mojibake</c>,
/// <c>boilerplate</c>, <c>transcript</c>, <c>holes</c>, <c>repetition</c>...) at most so many edits and flags in a
/// document. Off until <c>max</c> names a rule.
/// </summary>
public sealed class CleanupFindingsRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "cleanup-findings", "cleanup", "At most so many findings (edits and flags) per cleanup rule", CheckSeverity.Warning,
        [new("max", CheckParameterKind.NumberMap, ImmutableDictionary<string, double>.Empty, "cleanup rule id to most findings allowed, e.g. {mojibake: 0, holes: 2}")])
    { OffByDefault = true };

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var limits = settings.NumberMap("max");
        if (limits.IsEmpty)
        {
            return;
        }
        var doc = document.Document;
        foreach (var (rule, limit) in limits.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var edits = doc.Edits.Where(e => e.Rule == rule).ToList();
            int count = edits.Count + doc.Flags.Count(f => f.Code == rule || f.Code.StartsWith(rule + "-", StringComparison.Ordinal));
            if (count > limit)
            {
                string snippet = edits.Count > 0 ? Snippets.Visible(edits[0].Original, Snippets.Width) : "";
                findings.Add(document.Whole(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                    $"cleanup rule {rule}: {count} findings, more than {limit}")) with { Snippet = snippet }));
            }
        }
    }
}
