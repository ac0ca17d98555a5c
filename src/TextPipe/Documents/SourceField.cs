namespace TextPipe.Documents;

/// <summary>
/// A field of a dataset row carried through to the record untouched: its name and its value as a JSON value
/// (a JSONL field exactly as it was, a CSV cell as a JSON string), so numbers, lists and objects survive.
/// </summary>
public sealed record SourceField(string Name, string JsonValue);
