using System.Text;
using TextPipe.Documents;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>control-chars</c>: control characters other than line breaks and tabs. Cleanup removes them (the <c>unicode</c>
/// rule, with an edit each), so the ones it removed are counted from its edits: the data in the repository has them.
/// </summary>
public sealed class ControlCharactersRule : CharacterCountRule
{
    public override CheckRuleDescriptor Descriptor { get; } = new(
        "control-chars", "hygiene", "No control characters besides line breaks and tabs, in the source as in the clean text", CheckSeverity.Error,
        [new("max", CheckParameterKind.Number, 0.0, "most control characters allowed per document")]);

    protected override string What => "control characters";

    protected override bool Offends(Rune rune) => IsOffending(rune);

    protected override int RemovedByCleanup(CheckedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int count = 0;
        foreach (var edit in document.Document.Edits)
        {
            if (edit.Action == EditAction.Flagged)
            {
                continue;
            }
            foreach (var rune in edit.Original.EnumerateRunes())
            {
                if (IsOffending(rune))
                {
                    count++;
                }
            }
            foreach (var rune in edit.Replacement.EnumerateRunes())
            {
                if (IsOffending(rune))
                {
                    count--;
                }
            }
        }
        return Math.Max(0, count);
    }

    private static bool IsOffending(Rune rune) => Rune.IsControl(rune) && rune.Value is not ('\n' or '\t' or '\r');
}
