using TextPipe.Documents;

namespace TextPipe.Writers;

/// <summary>A content block as a record sees it: its 0-based index among content blocks and its kind's name.</summary>
internal readonly record struct ContentParagraph(int Index, Block Block, string Kind);
