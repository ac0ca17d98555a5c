using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TextPipe.Documents;

namespace TextPipe.Readers.Datasets;

/// <summary>
/// Reads JSON Lines (format <c>jsonl</c>): one JSON object per line, each a document whose text is the string in
/// <see cref="ReaderOptions.TextField"/> and whose other fields go to the record's <c>meta.fields</c> as they were.
/// Blank lines are skipped. A bad row (invalid JSON, not an object, no text field, text not a string) fails alone.
/// </summary>
public sealed class JsonlDatasetReader(ReaderOptions options) : DatasetReader(options)
{
    public const string FormatId = "jsonl";

    public override string Format => FormatId;

    protected override IEnumerable<DatasetRow> Rows(Stream content, SourceInfo source)
    {
        bool any = false;
        bool fieldChecked = false;
        using var utf8 = DatasetEncoding.OpenUtf8(content, Options.Encoding, out string encoding);
        var origin = new DatasetRowOrigin(source, FormatId, encoding, Options);
        long maxRowBytes = Options.MaxLineChars * 4L;
        foreach (var (line, bytes) in LineSplitter.Lines(utf8, maxRowBytes))
        {
            if (bytes is null)
            {
                // Over the limit: this row fails alone, the rows after it are read (as a bad CSV record does).
                any = true;
                yield return new DatasetRow(line, () => throw new InputException(
                    string.Create(CultureInfo.InvariantCulture, $"a row over {maxRowBytes:N0} bytes (raise --max-line-chars to read it)")));
                continue;
            }
            if (bytes.AsSpan().Trim(" \t"u8).IsEmpty)
            {
                continue;
            }
            any = true;
            if (!fieldChecked)
            {
                fieldChecked = CheckTextField(bytes);
            }
            yield return new DatasetRow(line, () => ReadRow(bytes, line, origin));
        }
        if (!any)
        {
            throw new InputException("empty file: no JSON Lines rows");
        }
    }

    /// <summary>
    /// Fails the whole file, once, when its first object has no text field: a wrong or missing <c>--text-field</c>
    /// would otherwise give one identical error per row. Returns whether a row could be checked (an object was found).
    /// </summary>
    private bool CheckTextField(byte[] bytes)
    {
        string[] names;
        try
        {
            using var json = JsonDocument.Parse(bytes);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            names = [.. json.RootElement.EnumerateObject().Select(p => p.Name)];
        }
        catch (JsonException)
        {
            return false; // this row fails alone; the next one is checked
        }
        if (!names.Contains(Options.TextField, StringComparer.Ordinal))
        {
            throw new InputException($"no \"{Options.TextField}\" field (fields: {string.Join(", ", names)}; choose one with --text-field)");
        }
        return true;
    }

    private static int InvalidUtf8Offset(byte[] bytes)
    {
        int offset = 0;
        var rest = bytes.AsSpan();
        while (!rest.IsEmpty)
        {
            if (System.Text.Rune.DecodeFromUtf8(rest, out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }
            offset += consumed;
            rest = rest[consumed..];
        }
        return offset;
    }

    private static Document ReadRow(byte[] bytes, long line, DatasetRowOrigin origin)
    {
        string textField = origin.Options.TextField;
        // The JSON parser checks structure, not the UTF-8 inside strings (it throws later, reading them), so a row with
        // bytes that are not UTF-8 is refused here, once, with a reason the user can act on.
        if (System.Text.Unicode.Utf8.IsValid(bytes) is false)
        {
            throw new InputException($"invalid UTF-8 at byte {InvalidUtf8Offset(bytes):N0} of the row (convert the file to UTF-8, or give its encoding with --encoding)");
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw new InputException($"invalid JSON: {e.Message}", e);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"a JSON {Describe(root.ValueKind)}, not an object");
            }
            string? text = null;
            var fields = ImmutableArray.CreateBuilder<SourceField>();
            foreach (var property in root.EnumerateObject())
            {
                if (text is null && property.NameEquals(textField))
                {
                    text = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()!
                        : throw new InputException($"field \"{textField}\" is a {Describe(property.Value.ValueKind)}, not a string");
                }
                else
                {
                    fields.Add(new SourceField(property.Name, property.Value.GetRawText()));
                }
            }
            if (text is null)
            {
                throw new InputException($"no \"{textField}\" field (choose the text field with --text-field)");
            }
            return DatasetDocument.Create(text, origin, line, fields.ToImmutable(), bytes.Length);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => "object",
    };
}
