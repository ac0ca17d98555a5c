namespace TextPipe.Validation;

/// <summary>A setting a check rule takes: its key in the rules file, its kind, its default (null: off until set) and what it means.</summary>
public sealed record CheckParameter(string Key, CheckParameterKind Kind, object? Default, string Meaning)
{
    /// <summary>The values a text setting may take (the types of a required field), or null for any.</summary>
    public IReadOnlyList<string>? Allowed { get; init; }
}

/// <summary>What a parameter's value is in the rules file.</summary>
public enum CheckParameterKind
{
    Number,
    Boolean,
    Text,
    TextList,

    /// <summary>A mapping of names to texts (a dataset's required fields and their types).</summary>
    TextMap,

    /// <summary>A mapping of names to numbers (a limit per cleanup rule).</summary>
    NumberMap,

    /// <summary>A JSON Schema file, read and checked when the rules file is loaded (its path relative to the rules file).</summary>
    SchemaFile,
}
