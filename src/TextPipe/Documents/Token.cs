namespace TextPipe.Documents;

/// <summary>A word-level token of a block (Chinese words included), located in the block's text.</summary>
public sealed record Token(string Text, int Offset);
