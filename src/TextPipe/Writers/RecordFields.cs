using System.Collections.Immutable;

namespace TextPipe.Writers;

/// <summary>
/// The top-level fields of document records that <c>--fields</c> and <c>--lean</c> choose from, per format, and the
/// check of a requested list. <c>id</c> is always written, so a chosen subset can still be joined back to the full
/// record or the source.
/// </summary>
public static class RecordFields
{
    /// <summary>Every field of a JSONL document record, in the order written (as in <c>schema/document.schema.json</c>).</summary>
    public static ImmutableArray<string> JsonlDocument { get; } =
        ["id", "source", "format", "encoding", "lang", "lang_confidence", "langs", "lang_candidates", "title", "meta", "text", "paragraphs", "edits", "flags", "stats"];

    /// <summary>Every column of a CSV document record, in order.</summary>
    public static ImmutableArray<string> CsvDocument { get; } =
        ["id", "source", "format", "encoding", "lang", "title", "text", "chars_in", "chars_out", "edits", "flags"];

    /// <summary>
    /// <c>--lean</c>: a JSONL document record without <c>paragraphs</c> (the text again, and each sentence a third
    /// time), <c>edits</c> (the audit, often as large as the text) and <c>lang_candidates</c>; the text is stored once.
    /// </summary>
    public static ImmutableArray<string> Lean { get; } =
        ["id", "source", "format", "encoding", "lang", "lang_confidence", "langs", "title", "meta", "text", "flags", "stats"];

    /// <summary>The fields a format writes for document records, or empty when it has no choice of fields (TXT).</summary>
    public static ImmutableArray<string> Of(OutputFormat format) => format switch
    {
        OutputFormat.Jsonl or OutputFormat.Parquet => JsonlDocument,
        OutputFormat.Csv => CsvDocument,
        _ => [],
    };

    /// <summary>
    /// The set of fields to write for <paramref name="requested"/> (names as given, <c>id</c> added).
    /// </summary>
    /// <exception cref="ArgumentException">The format or unit has no choice of fields, or a name is not a field; the message lists the valid ones.</exception>
    public static ImmutableHashSet<string> Choose(OutputFormat format, RecordUnit unit, IEnumerable<string> requested)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var valid = Of(format);
        if (valid.IsEmpty || unit != RecordUnit.Document)
        {
            throw new ArgumentException("fields can be chosen for document records in JSONL, CSV or Parquet only");
        }
        string[] names = [.. requested];
        string[] unknown = [.. names.Where(n => !valid.Contains(n))];
        if (unknown.Length > 0)
        {
            throw new ArgumentException($"unknown field{(unknown.Length == 1 ? "" : "s")} {string.Join(", ", unknown.Select(n => $"'{n}'"))}; valid fields: {string.Join(",", valid)}");
        }
        return [.. names, "id"];
    }
}
