namespace TextPipe.Writers;

/// <summary>A sentence as a record sees it: its paragraph's index, its 0-based index in the document, its language and text.</summary>
internal readonly record struct ContentSentence(int Paragraph, int Index, string? Lang, string Text);
