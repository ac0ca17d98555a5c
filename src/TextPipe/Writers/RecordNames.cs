using TextPipe.Documents;

namespace TextPipe.Writers;

/// <summary>The names records use for model enums: snake_case, stable, listed in the schema's enums.</summary>
internal static class RecordNames
{
    /// <summary>Page furniture is never a record, so asking for its name here is a bug.</summary>
    public static string Kind(BlockKind kind) => kind == BlockKind.PageFurniture
        ? throw new ArgumentOutOfRangeException(nameof(kind), kind, "Page furniture has no record name.")
        : BlockKindNames.Of(kind);

    public static string Action(EditAction action) => action switch
    {
        EditAction.Removed => "removed",
        EditAction.Replaced => "replaced",
        EditAction.Flagged => "flagged",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "This edit action has no record name."),
    };
}
