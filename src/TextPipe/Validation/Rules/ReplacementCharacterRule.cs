using System.Text;

namespace TextPipe.Validation.Rules;

/// <summary><c>replacement-char</c>: U+FFFD in the text, the mark of bytes that could not be decoded somewhere upstream.</summary>
public sealed class ReplacementCharacterRule : CharacterCountRule
{
    public override CheckRuleDescriptor Descriptor { get; } = new(
        "replacement-char", "hygiene", "No U+FFFD replacement characters (bytes lost in a decoding, here or upstream)", CheckSeverity.Error,
        [new("max", CheckParameterKind.Number, 0.0, "most U+FFFD allowed per document")]);

    protected override string What => "U+FFFD replacement characters";

    protected override bool Offends(Rune rune) => rune.Value == 0xFFFD;
}
