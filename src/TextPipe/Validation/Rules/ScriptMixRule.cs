using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TextPipe.Text;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>script-mix</c>: letters outside the expected writing systems (<c>scripts: [han, latin]</c>) make up at most
/// <c>max_other_share</c> of the letters. Off until <c>scripts</c> is set. Kana and hangul are their own scripts.
/// </summary>
public sealed class ScriptMixRule : IDocumentCheckRule
{
    public static readonly ImmutableArray<string> ScriptNames = ["han", "kana", "hangul", "latin", "cyrillic", "greek", "arabic", "hebrew", "devanagari", "thai", "other"];

    public CheckRuleDescriptor Descriptor { get; } = new(
        "script-mix", "languages", "Letters mostly in the expected writing systems", CheckSeverity.Warning,
        [
            new("scripts", CheckParameterKind.TextList, ImmutableArray<string>.Empty, "expected scripts: " + string.Join(", ", ScriptNames)),
            new("max_other_share", CheckParameterKind.Number, 0.05, "largest share of letters in other scripts"),
        ])
    { OffByDefault = true };

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var expected = settings.TextList("scripts");
        if (expected.IsEmpty)
        {
            return;
        }
        int letters = 0;
        int others = 0;
        int firstOther = -1;
        int offset = 0;
        foreach (var rune in document.Text.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                letters++;
                if (!expected.Contains(ScriptOf(rune.Value), StringComparer.OrdinalIgnoreCase))
                {
                    others++;
                    if (firstOther < 0)
                    {
                        firstOther = offset;
                    }
                }
            }
            offset += rune.Utf16SequenceLength;
        }
        double maxShare = settings.Number("max_other_share") ?? 0;
        if (letters > 0 && (double)others / letters > maxShare)
        {
            findings.Add(document.At(settings.Finding(string.Create(CultureInfo.InvariantCulture,
                $"{(double)others / letters:P0} of the letters outside {string.Join(", ", expected)}, more than {maxShare:P0}")), firstOther, 1));
        }
    }

    public static string ScriptOf(int c) =>
        Scripts.IsHan(c) ? "han"
        : Scripts.IsKana(c) ? "kana"
        : Scripts.IsHangul(c) ? "hangul"
        : c <= 0xFFFF && Scripts.IsLatinLetter((char)c) || c is (>= 0xFF21 and <= 0xFF5A) ? "latin"
        : c is (>= 0x0400 and <= 0x052F) ? "cyrillic"
        : c is (>= 0x0370 and <= 0x03FF) or (>= 0x1F00 and <= 0x1FFF) ? "greek"
        : c is (>= 0x0600 and <= 0x06FF) or (>= 0x0750 and <= 0x077F) ? "arabic"
        : c is (>= 0x0590 and <= 0x05FF) ? "hebrew"
        : c is (>= 0x0900 and <= 0x097F) ? "devanagari"
        : c is (>= 0x0E00 and <= 0x0E7F) ? "thai"
        : "other";
}
