using System.Text.Json;

namespace TextPipe.Tests.Schema;

public class SchemaFilesTests
{
    public static TheoryData<string> RecordSchemas => [.. SchemaFiles.RecordSchemas];

    /// <summary>Fields written only when asked for (tokens) or only for some inputs (timed blocks, dataset rows).</summary>
    private static readonly HashSet<string> OptionalFields = ["tokens", "start", "end", "speaker", "declared_lang", "ruby", "line", "fields"];

    private static JsonElement Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(SchemaFiles.PathOf(name)));
        return document.RootElement.Clone();
    }

    /// <summary>Every object schema in a file, with its location.</summary>
    private static IEnumerable<(string Location, JsonElement Schema)> ObjectSchemas(JsonElement schema, string location)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }
        if (schema.TryGetProperty("properties", out _))
        {
            yield return (location, schema);
        }
        foreach (string map in new[] { "properties", "$defs" })
        {
            if (schema.TryGetProperty(map, out var entries))
            {
                foreach (var entry in entries.EnumerateObject())
                {
                    foreach (var inner in ObjectSchemas(entry.Value, $"{location}/{map}/{entry.Name}"))
                    {
                        yield return inner;
                    }
                }
            }
        }
        foreach (string sub in new[] { "items", "additionalProperties" })
        {
            if (schema.TryGetProperty(sub, out var value))
            {
                foreach (var inner in ObjectSchemas(value, $"{location}/{sub}"))
                {
                    yield return inner;
                }
            }
        }
    }

    [Fact]
    public void The_schema_folder_is_found_from_the_test_binaries()
    {
        Assert.True(File.Exists(Path.Combine(SchemaFiles.RepositoryRoot, "TextPipe.sln")));
        Assert.Equal(SchemaFiles.PathOf("document.schema.json"), SchemaFiles.PathOf("document"));
        Assert.Throws<FileNotFoundException>(() => SchemaFiles.PathOf("nothing"));
    }

    [Theory]
    [MemberData(nameof(RecordSchemas))]
    public void Each_schema_is_draft_2020_12_with_a_title_and_description_and_loads(string name)
    {
        var schema = Load(name);

        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.GetProperty("$schema").GetString());
        Assert.False(string.IsNullOrWhiteSpace(schema.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(schema.GetProperty("description").GetString()));
        Assert.NotNull(SchemaFiles.Validator(name));
    }

    [Theory]
    [MemberData(nameof(RecordSchemas))]
    public void Every_object_is_closed_and_requires_every_property_but_the_optional_ones(string name)
    {
        foreach (var (location, schema) in ObjectSchemas(Load(name), "#"))
        {
            Assert.True(
                schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False,
                $"{name} {location}: additionalProperties must be false");
            var properties = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Where(p => !OptionalFields.Contains(p));
            var required = schema.GetProperty("required").EnumerateArray().Select(r => r.GetString());
            // A document record's top-level fields can be chosen (--fields, --lean): only its id is always there.
            Assert.Equal(name == "document.schema.json" && location == "#" ? ["id"] : properties, required);
        }
    }

    [Fact]
    public void The_fields_convert_can_choose_are_the_document_schema_properties_in_order()
    {
        var properties = Load("document.schema.json").GetProperty("properties").EnumerateObject().Select(p => p.Name);

        Assert.Equal(properties, TextPipe.Writers.RecordFields.JsonlDocument);
        Assert.Subset(TextPipe.Writers.RecordFields.JsonlDocument.ToHashSet(), TextPipe.Writers.RecordFields.Lean.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(RecordSchemas))]
    public void Every_property_and_definition_is_described(string name)
    {
        var missing = new List<string>();
        var root = Load(name);
        foreach (var (location, schema) in ObjectSchemas(root, "#"))
        {
            foreach (var property in schema.GetProperty("properties").EnumerateObject())
            {
                if (!property.Value.TryGetProperty("description", out _))
                {
                    missing.Add($"{location}/properties/{property.Name}");
                }
            }
        }
        foreach (var definition in root.GetProperty("$defs").EnumerateObject())
        {
            if (!definition.Value.TryGetProperty("description", out _))
            {
                missing.Add($"#/$defs/{definition.Name}");
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Definitions_shared_between_files_are_identical()
    {
        var files = SchemaFiles.RecordSchemas.ToDictionary(n => n, n => Load(n).GetProperty("$defs"));
        int shared = 0;
        foreach (var (name, defs) in files)
        {
            foreach (var definition in defs.EnumerateObject())
            {
                foreach (var (other, otherDefs) in files.Where(f => f.Key != name))
                {
                    if (otherDefs.TryGetProperty(definition.Name, out var copy))
                    {
                        shared++;
                        Assert.True(JsonElement.DeepEquals(definition.Value, copy), $"$defs/{definition.Name} differs between {name} and {other}");
                    }
                }
            }
        }
        Assert.True(shared >= 4, "lang, kind and sentence should be shared");
    }

    [Fact]
    public void A_paragraph_record_is_a_document_paragraph_with_doc_id_and_source_in_front()
    {
        var inDocument = Load("document").GetProperty("$defs").GetProperty("paragraph");
        var record = Load("paragraph");

        var recordProperties = record.GetProperty("properties").EnumerateObject().ToArray();
        Assert.Equal(["doc_id", "source"], recordProperties.Take(2).Select(p => p.Name));
        var expected = inDocument.GetProperty("properties").EnumerateObject().ToArray();
        Assert.Equal(expected.Length, recordProperties.Length - 2);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Name, recordProperties[i + 2].Name);
            Assert.True(JsonElement.DeepEquals(expected[i].Value, recordProperties[i + 2].Value), $"{expected[i].Name} differs");
        }
    }

    [Fact]
    public void SchemaAssert_fails_on_an_invalid_line_and_names_it()
    {
        string jsonl = """{"doc_id":"a","source":"-","paragraph":0,"index":0,"lang":null,"text":"x"}""" + "\n" +
                       """{"doc_id":"a","source":"-","paragraph":0,"index":-1,"lang":null,"text":"y"}""" + "\n";

        var failure = Assert.ThrowsAny<Exception>(() => SchemaAssert.ValidJsonLines(jsonl, "sentence"));

        Assert.Contains("line 2: $.index:", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line 1:", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("""{"doc_id":"a","source":"-","paragraph":0,"index":0,"lang":null,"text":"x"}""" + "\n\n" + """{"doc_id":"a","source":"-","paragraph":0,"index":1,"lang":null,"text":"y"}""")]
    public void SchemaAssert_fails_on_no_records_or_a_blank_line(string jsonl)
    {
        Assert.ThrowsAny<Exception>(() => SchemaAssert.ValidJsonLines(jsonl, "sentence"));
    }

    [Fact]
    public void SchemaAssert_passes_valid_lines_with_or_without_a_final_line_end()
    {
        const string line = """{"doc_id":"a","source":"-","paragraph":0,"index":0,"lang":"fr","text":"été"}""";

        SchemaAssert.ValidJsonLines(line, "sentence.schema.json");
        SchemaAssert.ValidJsonLines(line + "\n" + line + "\n", "sentence");
        SchemaAssert.ValidJson(line, "sentence");
    }
}
