using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TextPipe.Validation;

/// <summary>
/// A small JSON Schema validator of our own for the keywords datasets use: <c>type</c>, <c>required</c>,
/// <c>properties</c>, <c>additionalProperties</c> (true/false), <c>items</c>, <c>enum</c>, <c>minLength</c>,
/// <c>maxLength</c>, <c>pattern</c>, <c>minimum</c>, <c>maximum</c>. Other keywords are refused when the schema is
/// loaded (a schema silently half-applied would pass bad rows), except annotations ($schema, $id, title, description).
/// </summary>
public sealed class JsonSchema
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "type", "required", "properties", "additionalProperties", "items", "enum", "minLength", "maxLength", "pattern",
        "minimum", "maximum", "$schema", "$id", "title", "description", "default", "examples", "$comment",
    };

    private readonly JsonElement root;

    private JsonSchema(JsonElement root) => this.root = root;

    /// <summary>Parses a schema; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static JsonSchema Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
        var root = document.RootElement.Clone();
        document.Dispose();
        Verify(root, "#");
        return new JsonSchema(root);
    }

    /// <summary>What is wrong with <paramref name="value"/> (JSON pointer and reason), empty when it is valid.</summary>
    public List<string> Validate(JsonElement value)
    {
        var errors = new List<string>();
        Validate(root, value, "", errors);
        return errors;
    }

    private static void Verify(JsonElement schema, string where)
    {
        if (schema.ValueKind == JsonValueKind.True || schema.ValueKind == JsonValueKind.False)
        {
            return;
        }
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{where}: a schema is an object");
        }
        foreach (var property in schema.EnumerateObject())
        {
            if (!Known.Contains(property.Name))
            {
                throw new FormatException($"{where}: keyword '{property.Name}' is not supported (supported: {string.Join(", ", Known.Where(k => !k.StartsWith('$')).Order(StringComparer.Ordinal))})");
            }
        }
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                Verify(property.Value, $"{where}/properties/{property.Name}");
            }
        }
        if (schema.TryGetProperty("items", out var items))
        {
            Verify(items, where + "/items");
        }
        if (schema.TryGetProperty("pattern", out var pattern))
        {
            try
            {
                _ = new Regex(pattern.GetString() ?? "", RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"{where}/pattern: {e.Message}", e);
            }
        }
    }

    private static void Validate(JsonElement schema, JsonElement value, string pointer, List<string> errors)
    {
        string at = pointer.Length == 0 ? "/" : pointer;
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{at}: not allowed");
            return;
        }
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            errors.Add($"{at}: expected {TypeText(type)}, found {JsonTypes.Name(value)}");
            return;
        }
        if (schema.TryGetProperty("enum", out var choices) && !choices.EnumerateArray().Any(c => JsonElement.DeepEquals(c, value)))
        {
            errors.Add($"{at}: {Short(value)} is not one of {choices.GetRawText()}");
        }
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                ValidateString(schema, value.GetString()!, at, errors);
                break;
            case JsonValueKind.Number:
                ValidateNumber(schema, value.GetDouble(), at, errors);
                break;
            case JsonValueKind.Object:
                ValidateObject(schema, value, pointer, errors);
                break;
            case JsonValueKind.Array when schema.TryGetProperty("items", out var items):
                int index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    Validate(items, item, string.Create(CultureInfo.InvariantCulture, $"{pointer}/{index++}"), errors);
                }
                break;
        }
    }

    private static void ValidateString(JsonElement schema, string text, string at, List<string> errors)
    {
        int length = Documents.TextMeasure.CountChars(text);
        if (schema.TryGetProperty("minLength", out var min) && length < min.GetDouble())
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: {length} characters, fewer than minLength {min.GetRawText()}"));
        }
        if (schema.TryGetProperty("maxLength", out var max) && length > max.GetDouble())
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: {length} characters, more than maxLength {max.GetRawText()}"));
        }
        if (schema.TryGetProperty("pattern", out var pattern))
        {
            bool matches;
            try
            {
                matches = Regex.IsMatch(text, pattern.GetString() ?? "", RegexOptions.None, TimeSpan.FromSeconds(1));
            }
            catch (RegexMatchTimeoutException)
            {
                matches = false;
            }
            if (!matches)
            {
                errors.Add($"{at}: does not match pattern {pattern.GetString()}");
            }
        }
    }

    private static void ValidateNumber(JsonElement schema, double number, string at, List<string> errors)
    {
        if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: {number} is less than minimum {min.GetRawText()}"));
        }
        if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
        {
            errors.Add(string.Create(CultureInfo.InvariantCulture, $"{at}: {number} is more than maximum {max.GetRawText()}"));
        }
    }

    private static void ValidateObject(JsonElement schema, JsonElement value, string pointer, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString() ?? "", out _))
                {
                    errors.Add($"{(pointer.Length == 0 ? "/" : pointer)}: required property '{name.GetString()}' is missing");
                }
            }
        }
        bool hasProperties = schema.TryGetProperty("properties", out var properties);
        bool closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, pointer + "/" + property.Name, errors);
            }
            else if (closed)
            {
                errors.Add($"{pointer}/{property.Name}: property not allowed (additionalProperties is false)");
            }
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => JsonTypes.Matches(t.GetString() ?? "", value))
            : JsonTypes.Matches(type.GetString() ?? "", value);

    private static string TypeText(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString() ?? "";

    private static string Short(JsonElement value)
    {
        string text = value.GetRawText();
        return text.Length > 40 ? text[..40] + "…" : text;
    }
}

/// <summary>JSON Schema's type names for a JSON value.</summary>
public static class JsonTypes
{
    public static readonly IReadOnlyList<string> Names = ["string", "number", "integer", "boolean", "array", "object", "null", "any"];

    public static bool Matches(string type, JsonElement value) => type switch
    {
        "any" => true,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d) && Math.Floor(d) == d,
        _ => Name(value) == type || (type == "number" && value.ValueKind == JsonValueKind.Number),
    };

    public static string Name(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Array => "array",
        JsonValueKind.Object => "object",
        _ => "null",
    };
}
