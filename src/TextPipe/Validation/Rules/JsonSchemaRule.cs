namespace TextPipe.Validation.Rules;

/// <summary><c>json-schema</c>: each dataset row validates against a JSON Schema (our small validator: see <see cref="JsonSchema"/>). Off until <c>schema</c> is set.</summary>
public sealed class JsonSchemaRule : IDocumentCheckRule
{
    private const int ErrorsShown = 3;

    public CheckRuleDescriptor Descriptor { get; } = new(
        "json-schema", "datasets", "Each dataset row validates against a JSON Schema", CheckSeverity.Error,
        [new("schema", CheckParameterKind.SchemaFile, null, "JSON Schema file, relative to the rules file")])
    { OffByDefault = true };

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        if (settings.Values.GetValueOrDefault("schema") is not JsonSchema schema || !document.IsDatasetRow)
        {
            return;
        }
        using var row = DatasetRows.ToJson(document.Document, document.TextField);
        var errors = schema.Validate(row.RootElement);
        foreach (string error in errors.Take(ErrorsShown))
        {
            findings.Add(document.Whole(settings.Finding("schema: " + error)) with { Snippet = error.Split(':')[0] });
        }
        if (errors.Count > ErrorsShown)
        {
            findings.Add(document.Whole(settings.Finding($"schema: {errors.Count - ErrorsShown} more errors")) with { Snippet = "…" });
        }
    }
}
