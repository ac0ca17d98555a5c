using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Reporting;

/// <summary>
/// What <c>textpipe inspect</c> tells about one document, computed from the document alone so the same
/// facts can be shown as text, tested, or (later) written as JSON.
/// </summary>
public sealed record InspectionReport(
    Document Document,
    ImmutableSortedDictionary<string, int> BlocksByKind,
    ImmutableSortedDictionary<string, int> EditsByRule)
{
    public static InspectionReport From(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var byKind = document.Blocks
            .GroupBy(b => BlockKindNames.Of(b.Kind), StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var byRule = document.Edits
            .GroupBy(e => e.Rule, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new InspectionReport(document, byKind, byRule);
    }
}
