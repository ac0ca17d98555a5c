using TextPipe.Documents;

namespace TextPipe.Writers;

/// <summary>The names records use for model enums: snake_case, stable, listed in the schema's enums.</summary>
internal static class RecordNames
{
    public static string Kind(BlockKind kind) => kind switch
    {
        BlockKind.Paragraph => "paragraph",
        BlockKind.Heading => "heading",
        BlockKind.Caption => "caption",
        BlockKind.ListItem => "list_item",
        BlockKind.TableCell => "table_cell",
        BlockKind.Quote => "quote",
        BlockKind.Code => "code",
        // Page furniture is never a record; a new kind must be named here and in the schemas first.
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "This block kind has no record name."),
    };

    public static string Action(EditAction action) => action switch
    {
        EditAction.Removed => "removed",
        EditAction.Replaced => "replaced",
        EditAction.Flagged => "flagged",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "This edit action has no record name."),
    };
}
