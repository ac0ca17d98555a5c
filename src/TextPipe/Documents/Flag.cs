namespace TextPipe.Documents;

/// <summary>
/// A quality finding kept rather than acted on: undecodable bytes, a suspicious number, a hole left by
/// a removed reference. <see cref="Code"/> is a stable kebab-case id scripts can filter on.
/// </summary>
public sealed record Flag(string Code, string Message)
{
    /// <summary>Index of the block the finding is about, or null when it concerns the whole document.</summary>
    public int? Block { get; init; }

    /// <summary>Offset in the block's text (or in the decoded source when <see cref="Block"/> is null).</summary>
    public int? Offset { get; init; }
}
