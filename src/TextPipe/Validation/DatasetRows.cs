using System.Buffers;
using System.Text.Json;
using TextPipe.Documents;

namespace TextPipe.Validation;

/// <summary>A dataset row rebuilt as one JSON object for the dataset rules: its carried fields, and its text under the text field's name.</summary>
public static class DatasetRows
{
    public static JsonDocument ToJson(Document document, string textField)
    {
        ArgumentNullException.ThrowIfNull(document);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var field in document.Metadata.Fields)
            {
                writer.WritePropertyName(field.Name);
                writer.WriteRawValue(field.JsonValue, skipInputValidation: false);
            }
            if (!document.Metadata.Fields.Any(f => f.Name == textField))
            {
                writer.WriteString(textField, document.Text);
            }
            writer.WriteEndObject();
        }
        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
