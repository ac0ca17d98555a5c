using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TextPipe.Tests.Schema;

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for the keywords TextPipe's record schemas use:
/// <c>type</c> (a name or a list; <c>integer</c> is a number without a fraction), <c>required</c>,
/// <c>properties</c>, <c>additionalProperties</c> (boolean or schema), <c>items</c>, <c>enum</c>, <c>const</c>,
/// <c>minimum</c>, <c>maximum</c>, <c>minLength</c>, <c>pattern</c> and <c>$ref</c> to a JSON pointer in the same
/// file (<c>#/$defs/...</c>). Annotations (<c>$schema</c>, <c>$id</c>, <c>$comment</c>, <c>$defs</c>, <c>title</c>,
/// <c>description</c>, <c>examples</c>, <c>default</c>) are ignored. Any other keyword makes the constructor
/// throw, so a schema can never rely on a check that silently does not happen here.
/// </summary>
public sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$comment", "$defs", "title", "description", "examples", "default"];

    private static readonly HashSet<string> Keywords =
    [
        "$ref", "type", "required", "properties", "additionalProperties", "items",
        "enum", "const", "minimum", "maximum", "minLength", "pattern",
    ];

    private static readonly HashSet<string> TypeNames = ["null", "boolean", "object", "array", "number", "integer", "string"];

    private readonly JsonElement _root;
    private readonly ConcurrentDictionary<string, Regex> _patterns = new(StringComparer.Ordinal);

    /// <summary>Checks that <paramref name="schema"/> only uses supported keywords and that its <c>$ref</c>s resolve.</summary>
    /// <exception cref="NotSupportedException">The schema uses a keyword, type or reference this validator does not handle.</exception>
    public JsonSchemaValidator(JsonElement schema)
    {
        _root = schema.Clone();
        CheckSchema(_root, "#");
    }

    public static JsonSchemaValidator Parse(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        return new JsonSchemaValidator(document.RootElement);
    }

    public static JsonSchemaValidator Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Validates JSON text; a parse error is reported as one error at <c>$</c>.</summary>
    public IReadOnlyList<string> Validate(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return [$"$: not valid JSON: {e.Message}"];
        }
        using (document)
        {
            return Validate(document.RootElement);
        }
    }

    /// <summary>Returns one message per violation, each starting with the JSON path of the value, e.g. <c>$.paragraphs[0].kind: ...</c>.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var errors = new List<string>();
        Check(_root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }
        if (schema.ValueKind == JsonValueKind.False)
        {
            errors.Add($"{path}: no value is allowed here");
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, errors);
        }

        if (schema.TryGetProperty("type", out var type) && !MatchesType(type, value))
        {
            // Nothing else can be checked sensibly on a value of the wrong type.
            errors.Add($"{path}: expected {Describe(type)} but found {KindName(value)}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {Short(value)} is not one of {allowed.GetRawText()}");
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            errors.Add($"{path}: {Short(value)} is not {constant.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                CheckNumber(schema, value, path, errors);
                break;
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, path, errors);
                break;
            case JsonValueKind.Object:
                CheckObject(schema, value, path, errors);
                break;
            case JsonValueKind.Array:
                if (schema.TryGetProperty("items", out var items))
                {
                    int i = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        Check(items, item, $"{path}[{i++}]", errors);
                    }
                }
                break;
        }
    }

    private static void CheckNumber(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        double number = value.GetDouble();
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            errors.Add($"{path}: {value.GetRawText()} is less than the minimum {minimum.GetRawText()}");
        }
        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            errors.Add($"{path}: {value.GetRawText()} is greater than the maximum {maximum.GetRawText()}");
        }
    }

    private void CheckString(JsonElement schema, string text, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minLength", out var minLength))
        {
            // JSON Schema counts characters as code points.
            int length = text.EnumerateRunes().Count();
            if (length < minLength.GetInt32())
            {
                errors.Add($"{path}: string of length {length} is shorter than minLength {minLength.GetInt32()}");
            }
        }
        if (schema.TryGetProperty("pattern", out var pattern))
        {
            // ECMA-262 patterns are unanchored searches; the schemas use the subset .NET reads the same way.
            var regex = _patterns.GetOrAdd(pattern.GetString()!, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
            if (!regex.IsMatch(text))
            {
                errors.Add($"{path}: {JsonSerializer.Serialize(text)} does not match the pattern {pattern.GetString()}");
            }
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    errors.Add($"{Child(path, name.GetString()!)}: required property is missing");
                }
            }
        }

        bool hasProperties = schema.TryGetProperty("properties", out var properties);
        bool hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            string childPath = Child(path, property.Name);
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, childPath, errors);
            }
            else if (hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    errors.Add($"{childPath}: property is not allowed");
                }
                else
                {
                    Check(additional, property.Value, childPath, errors);
                }
            }
        }
    }

    private static bool MatchesType(JsonElement type, JsonElement value) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => MatchesType(t.GetString()!, value))
            : MatchesType(type.GetString()!, value);

    private static bool MatchesType(string type, JsonElement value) => type switch
    {
        "null" => value.ValueKind == JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && IsInteger(value),
        _ => false,
    };

    /// <summary>An integer in JSON Schema's sense: any number without a fractional part, so <c>1.0</c> counts.</summary>
    private static bool IsInteger(JsonElement number)
    {
        if (number.TryGetInt64(out _))
        {
            return true;
        }
        if (number.TryGetDecimal(out decimal d))
        {
            return decimal.Truncate(d) == d;
        }
        double x = number.GetDouble();
        return double.IsFinite(x) && Math.Floor(x) == x;
    }

    private static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => IsInteger(value) ? "integer " + value.GetRawText() : "number " + value.GetRawText(),
        JsonValueKind.String => "string " + Short(value),
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        _ => value.ValueKind.ToString(),
    };

    private static string Describe(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString()))
            : type.GetString()!;

    private static string Short(JsonElement value)
    {
        string raw = value.GetRawText();
        return raw.Length <= 60 ? raw : string.Concat(raw.AsSpan(0, 57), "...");
    }

    private static string Child(string path, string name) =>
        IsIdentifier(name)
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith('#'))
        {
            throw new NotSupportedException($"Only references inside the same schema (\"#/...\") are supported, not \"{reference}\".");
        }
        var target = _root;
        foreach (string raw in reference[1..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string token = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (target.ValueKind == JsonValueKind.Object && target.TryGetProperty(token, out var next))
            {
                target = next;
            }
            else if (target.ValueKind == JsonValueKind.Array && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out int i) && i < target.GetArrayLength())
            {
                target = target[i];
            }
            else
            {
                throw new NotSupportedException($"The reference \"{reference}\" does not resolve.");
            }
        }
        return target;
    }

    private void CheckSchema(JsonElement schema, string location)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }
        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException($"{location}: a schema must be an object or a boolean.");
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
            {
                throw new NotSupportedException($"{location}: the keyword \"{keyword.Name}\" is not supported by this validator.");
            }
        }
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Resolve(reference.GetString() ?? throw new NotSupportedException($"{location}: $ref must be a string."));
        }
        if (schema.TryGetProperty("type", out var type))
        {
            var names = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()) : [type.GetString()];
            foreach (var name in names)
            {
                if (name is null || !TypeNames.Contains(name))
                {
                    throw new NotSupportedException($"{location}: unknown type \"{name}\".");
                }
            }
        }
        if (schema.TryGetProperty("pattern", out var pattern))
        {
            _patterns.GetOrAdd(pattern.GetString()!, p => new Regex(p, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
        }
        foreach (string mapKeyword in new[] { "properties", "$defs" })
        {
            if (schema.TryGetProperty(mapKeyword, out var map))
            {
                foreach (var entry in map.EnumerateObject())
                {
                    CheckSchema(entry.Value, $"{location}/{mapKeyword}/{entry.Name}");
                }
            }
        }
        foreach (string subKeyword in new[] { "additionalProperties", "items" })
        {
            if (schema.TryGetProperty(subKeyword, out var sub))
            {
                CheckSchema(sub, $"{location}/{subKeyword}");
            }
        }
    }
}
