using TextPipe.Validation;
using static TextPipe.Tests.Validation.CheckHarness;

namespace TextPipe.Tests.Validation;

public class DatasetRuleTests
{
    private const string Required = "rules:\n  required-fields: { fields: { id: string, score: number, tags: array } }\n";

    [Theory]
    [InlineData("The river was calm that morning.")]
    [InlineData("La rivière était calme ce matin-là.")]
    [InlineData("那天早上河水很平静。")]
    public void A_row_missing_a_field_or_with_the_wrong_type_fails_and_a_complete_row_passes(string text)
    {
        var missing = Findings("required-fields", Row(text, 3, ("id", "\"a1\""), ("tags", "[]")), Required);
        var finding = Assert.Single(missing);
        Assert.Contains("'score' is missing", finding.Message, StringComparison.Ordinal);
        Assert.Equal(3, finding.Line);
        var wrongType = Assert.Single(Findings("required-fields", Row(text, 4, ("id", "\"a1\""), ("score", "\"high\""), ("tags", "[]")), Required));
        Assert.Contains("expected number", wrongType.Message, StringComparison.Ordinal);
        Assert.Empty(Findings("required-fields", Row(text, 5, ("id", "\"a1\""), ("score", "0.5"), ("tags", "[\"x\"]")), Required));
    }

    [Fact]
    public void Files_that_are_not_dataset_rows_are_not_judged_for_fields()
    {
        Assert.Empty(Findings("required-fields", Convert("A plain text file has no fields."), Required));
    }

    [Theory]
    [InlineData("The river was calm that morning.")]
    [InlineData("La rivière était calme ce matin-là.")]
    [InlineData("那天早上河水很平静。")]
    public void Rows_against_a_json_schema(string text)
    {
        using var folder = new TempFolder();
        folder.File("row.schema.json", """
            {"type":"object","required":["id","lang"],"properties":{
              "id":{"type":"string","pattern":"^[a-z]+-[0-9]+$"},
              "lang":{"enum":["en","fr","zh"]},
              "score":{"type":"number","minimum":0,"maximum":1},
              "text":{"type":"string","minLength":5,"maxLength":200}},
             "additionalProperties":false}
            """);
        var config = CheckRulesFile.Parse("rules:\n  json-schema: { schema: row.schema.json }\n", folder.Path);
        List<Finding> Run(global::TextPipe.Documents.Document row)
        {
            var settings = config.For("data.jsonl").Single(s => s.Rule.Id == "json-schema");
            var findings = new List<Finding>();
            config.Catalog.DocumentRules.Single(r => r.Descriptor.Id == "json-schema").Check(new CheckedDocument(row), settings, findings);
            return findings;
        }

        Assert.Empty(Run(Row(text, 1, ("id", "\"doc-1\""), ("lang", "\"en\""), ("score", "0.5"))));
        Assert.Contains(Run(Row(text, 2, ("id", "\"Doc 1\""), ("lang", "\"en\""))), f => f.Message.Contains("pattern", StringComparison.Ordinal));
        Assert.Contains(Run(Row(text, 3, ("id", "\"doc-3\""), ("lang", "\"de\""))), f => f.Message.Contains("is not one of", StringComparison.Ordinal));
        Assert.Contains(Run(Row(text, 4, ("id", "\"doc-4\""))), f => f.Message.Contains("'lang' is missing", StringComparison.Ordinal));
        Assert.Contains(Run(Row(text, 5, ("id", "\"doc-5\""), ("lang", "\"fr\""), ("score", "3"))), f => f.Message.Contains("maximum", StringComparison.Ordinal));
        Assert.Contains(Run(Row(text, 6, ("id", "\"doc-6\""), ("lang", "\"fr\""), ("extra", "1"))), f => f.Message.Contains("not allowed", StringComparison.Ordinal));
        Assert.Contains(Run(Row("tiny", 7, ("id", "\"doc-7\""), ("lang", "\"fr\""))), f => f.Message.Contains("minLength", StringComparison.Ordinal));
    }

    [Fact]
    public void A_schema_with_a_keyword_we_do_not_check_is_refused_when_loaded()
    {
        var error = Assert.Throws<FormatException>(() => JsonSchema.Parse("""{"type":"object","oneOf":[{"type":"string"}]}"""));
        Assert.Contains("oneOf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_ids_across_rows_fail_naming_the_first_holder_and_distinct_ids_pass()
    {
        var rows = new[]
        {
            Row("The river was calm.", 1, ("id", "\"a\"")),
            Row("La rivière était calme.", 2, ("id", "\"b\"")),
            Row("河水很平静。", 3, ("id", "\"a\"")),
            Row("Un autre texte.", 4, ("id", "7")),
            Row("Another text.", 5, ("id", "\"7\"")),
        };
        var outcomes = CheckSet(rows);
        var duplicate = Assert.Single(outcomes.SelectMany(o => o.Findings), f => f.RuleId == "unique-ids");
        Assert.Equal("data.jsonl:1", duplicate.Related);
        Assert.Equal(3, duplicate.Line);
    }
}
