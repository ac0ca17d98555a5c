namespace TextPipe.Documents;

public enum EditAction
{
    Removed,
    Replaced,
    Flagged,
}

/// <summary>
/// One change a cleanup rule made, enough to undo it: which rule, what it did, the text before and
/// after, and where. <see cref="Block"/> is the index of the block in the document the rule saw;
/// <see cref="Offset"/> is the position of <see cref="Original"/> in that block's text as the rule saw it.
/// Nothing leaves a document without an edit saying so.
/// </summary>
public sealed record Edit(string Rule, EditAction Action, string Original, string Replacement, int Block, int Offset)
{
    /// <summary>Why the rule acted, in a few words (optional).</summary>
    public string? Note { get; init; }
}
