namespace TextPipe.Documents;

/// <summary>The snake_case names block kinds have in records and reports.</summary>
public static class BlockKindNames
{
    public static string Of(BlockKind kind) => kind switch
    {
        BlockKind.Paragraph => "paragraph",
        BlockKind.Heading => "heading",
        BlockKind.Caption => "caption",
        BlockKind.ListItem => "list_item",
        BlockKind.TableCell => "table_cell",
        BlockKind.Quote => "quote",
        BlockKind.Code => "code",
        BlockKind.PageFurniture => "page_furniture",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
