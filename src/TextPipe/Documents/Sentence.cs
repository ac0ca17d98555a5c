namespace TextPipe.Documents;

/// <summary>A sentence of a block: its text and where it starts in the block's text.</summary>
public sealed record Sentence(string Text, int Offset)
{
    /// <summary>Language of the sentence (BCP-47-ish), or null until detection has run.</summary>
    public string? Lang { get; init; }
}
