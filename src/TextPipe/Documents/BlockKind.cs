namespace TextPipe.Documents;

/// <summary>What role a block plays in its document. Readers set it; cleanup and writers act on it.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    Caption,
    ListItem,
    TableCell,
    Quote,
    Code,
    /// <summary>Running headers, footers, page numbers: kept for the audit, left out of <c>text</c>.</summary>
    PageFurniture,
}
