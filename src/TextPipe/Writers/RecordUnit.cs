namespace TextPipe.Writers;

/// <summary>What one output record stands for.</summary>
public enum RecordUnit
{
    /// <summary>One record per document.</summary>
    Document,

    /// <summary>One record per content block (page furniture left out), numbered from 0 within its document.</summary>
    Paragraph,

    /// <summary>One record per sentence of the content blocks, numbered from 0 within its document.</summary>
    Sentence,
}
