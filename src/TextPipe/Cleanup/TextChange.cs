namespace TextPipe.Cleanup;

/// <summary>
/// A replacement a rule wants in one block: <see cref="Length"/> characters at <see cref="Start"/> (in the
/// block's text as the rule read it) become <see cref="Replacement"/>.
/// </summary>
public readonly record struct TextChange(int Start, int Length, string Replacement, string? Note = null)
{
    public int End => Start + Length;

    public static TextChange Remove(int start, int length, string? note = null) => new(start, length, "", note);
}
