using System.Globalization;
using System.Text;

namespace TextPipe.Validation.Rules;

/// <summary><c>private-use</c>: private-use characters (font-specific glyphs from PDFs, icon fonts) that mean nothing outside their source.</summary>
public sealed class PrivateUseRule : CharacterCountRule
{
    public override CheckRuleDescriptor Descriptor { get; } = new(
        "private-use", "hygiene", "No private-use characters (glyphs that mean nothing outside their font)", CheckSeverity.Error,
        [new("max", CheckParameterKind.Number, 0.0, "most private-use characters allowed per document")]);

    protected override string What => "private-use characters";

    protected override bool Offends(Rune rune) => Rune.GetUnicodeCategory(rune) == UnicodeCategory.PrivateUse;
}
