using System.Text.Json.Nodes;

namespace TextPipe.Tests.Schema;

public class JsonSchemaValidatorTests
{
    /// <summary>A hand-written document record, independent of the writers.</summary>
    private const string ValidDocument = """
        {"id":"0123456789abcdef","source":"a.txt","format":"text","encoding":"utf-8","lang":"zh","lang_confidence":0.9,
         "langs":{"zh":0.9,"zh-Hant":0.1},"lang_candidates":[],"title":null,
         "meta":{"bytes":12,"author":null,"byline":null,"captions":[],"page_count":null},
         "text":"你好。",
         "paragraphs":[{"index":0,"kind":"paragraph","level":0,"page":null,"lang":"zh","text":"你好。",
                        "sentences":[{"text":"你好。","lang":"zh"}],"tokens":["你好","。"]}],
         "edits":[{"rule":"image-links","action":"removed","original":"![a](b)","replacement":"","block":0,"offset":3,"note":null}],
         "flags":[{"code":"odd","message":"m","block":null,"offset":null}],
         "stats":{"chars_in":10,"chars_out":3,"removed_by_rule":{"image-links":7}}}
        """;

    private static IReadOnlyList<string> ValidateDocument(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(ValidDocument)!.AsObject();
        change(node);
        return SchemaFiles.Validator("document").Validate(node.ToJsonString());
    }

    private static void AssertSingleError(IReadOnlyList<string> errors, string path)
    {
        var error = Assert.Single(errors);
        Assert.StartsWith(path + ":", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_record_passes()
    {
        Assert.Empty(SchemaFiles.Validator("document").Validate(ValidDocument));
    }

    [Fact]
    public void A_missing_field_is_reported_at_its_path()
    {
        var errors = ValidateDocument(d => d["meta"]!.AsObject().Remove("author"));

        AssertSingleError(errors, "$.meta.author");
        Assert.Contains("required", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_type_is_reported_at_its_path()
    {
        var errors = ValidateDocument(d => d["paragraphs"]![0]!["index"] = "0");

        AssertSingleError(errors, "$.paragraphs[0].index");
        Assert.Contains("expected integer", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_field_is_reported_at_its_path()
    {
        var errors = ValidateDocument(d => d["paragraphs"]![0]!["sentences"]![0]!["offset"] = 0);

        AssertSingleError(errors, "$.paragraphs[0].sentences[0].offset");
        Assert.Contains("not allowed", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_outside_an_enum_is_reported_at_its_path()
    {
        var errors = ValidateDocument(d => d["paragraphs"]![0]!["kind"] = "chapter");

        AssertSingleError(errors, "$.paragraphs[0].kind");
        Assert.Contains("\"chapter\"", errors[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_map_value_is_reported_under_its_quoted_key()
    {
        var errors = ValidateDocument(d => d["langs"]!["zh-Hant"] = "a lot");

        AssertSingleError(errors, "$.langs['zh-Hant']");
    }

    [Fact]
    public void Several_errors_are_all_reported()
    {
        var errors = ValidateDocument(d =>
        {
            d.Remove("id");
            d["edits"]![0]!["action"] = "deleted";
            d["stats"]!["removed_by_rule"]!["image-links"] = -1;
        });

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("$.id:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.edits[0].action:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.stats.removed_by_rule['image-links']:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("1.0", true)]
    [InlineData("-3", true)]
    [InlineData("1.5", false)]
    [InlineData("\"1\"", false)]
    [InlineData("null", false)]
    public void Integer_means_a_number_without_a_fraction(string value, bool valid)
    {
        var validator = JsonSchemaValidator.Parse("""{"type":"integer"}""");

        Assert.Equal(valid, validator.Validate(value).Count == 0);
    }

    [Theory]
    [InlineData("1.5", true)]
    [InlineData("2", true)]
    [InlineData("null", true)]
    [InlineData("\"2\"", false)]
    [InlineData("true", false)]
    public void A_list_of_types_accepts_any_of_them(string value, bool valid)
    {
        var validator = JsonSchemaValidator.Parse("""{"type":["number","null"]}""");

        Assert.Equal(valid, validator.Validate(value).Count == 0);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1", true)]
    [InlineData("-0.5", false)]
    [InlineData("1.01", false)]
    public void Minimum_and_maximum_are_inclusive(string value, bool valid)
    {
        var validator = JsonSchemaValidator.Parse("""{"type":"number","minimum":0,"maximum":1}""");

        Assert.Equal(valid, validator.Validate(value).Count == 0);
    }

    [Theory]
    [InlineData("\"zh\"", true)]
    [InlineData("\"zh-Hant\"", true)]
    [InlineData("null", true)]
    [InlineData("\"zh_Hant\"", false)]
    [InlineData("\"Chinese\"", false)]
    public void A_pattern_applies_to_strings_only(string value, bool valid)
    {
        var validator = JsonSchemaValidator.Parse("""{"type":["string","null"],"pattern":"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"}""");

        Assert.Equal(valid, validator.Validate(value).Count == 0);
    }

    [Fact]
    public void Const_minLength_and_additional_property_schemas_are_checked()
    {
        var validator = JsonSchemaValidator.Parse("""
            {"type":"object","properties":{"v":{"const":2},"s":{"type":"string","minLength":2}},
             "additionalProperties":{"type":"boolean"}}
            """);

        Assert.Empty(validator.Validate("""{"v":2,"s":"𠀀𠀀","x":true}"""));
        var errors = validator.Validate("""{"v":3,"s":"𠀀","x":1}""");
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("$.v:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.s:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.x:", StringComparison.Ordinal));
    }

    [Fact]
    public void Refs_resolve_inside_the_schema_and_items_apply_to_every_element()
    {
        var validator = JsonSchemaValidator.Parse("""
            {"type":"array","items":{"$ref":"#/$defs/small"},"$defs":{"small":{"type":"integer","maximum":3}}}
            """);

        Assert.Empty(validator.Validate("[1,2,3]"));
        AssertSingleError(validator.Validate("[1,5,3]"), "$[1]");
    }

    [Fact]
    public void Invalid_JSON_is_one_error_at_the_root()
    {
        AssertSingleError(SchemaFiles.Validator("sentence").Validate("{\"doc_id\":"), "$");
    }

    [Theory]
    [InlineData("""{"type":"object","propertyNames":{"pattern":"^a"}}""")]
    [InlineData("""{"oneOf":[{"type":"string"}]}""")]
    [InlineData("""{"properties":{"a":{"format":"date"}}}""")]
    [InlineData("""{"type":"float"}""")]
    [InlineData("""{"$ref":"#/$defs/missing"}""")]
    [InlineData("""{"$ref":"other.json#/x"}""")]
    public void A_schema_using_something_unsupported_is_refused_up_front(string schema)
    {
        Assert.Throws<NotSupportedException>(() => JsonSchemaValidator.Parse(schema));
    }
}
