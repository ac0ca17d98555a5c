using System.Collections.Immutable;
using System.Text.Json;

namespace TextPipe.Validation.Rules;

/// <summary>
/// <c>required-fields</c>: each dataset row has these fields, of these JSON types (<c>fields: {id: string, score: number}</c>;
/// types: string, number, integer, boolean, array, object, null, any). Only dataset rows are judged. Off until set.
/// </summary>
public sealed class RequiredFieldsRule : IDocumentCheckRule
{
    public CheckRuleDescriptor Descriptor { get; } = new(
        "required-fields", "datasets", "Each dataset row has the required fields, of their types", CheckSeverity.Error,
        [new("fields", CheckParameterKind.TextMap, ImmutableDictionary<string, string>.Empty, "field name to JSON type: " + string.Join(", ", JsonTypes.Names)) { Allowed = JsonTypes.Names }])
    { OffByDefault = true };

    public void Check(CheckedDocument document, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        var fields = settings.TextMap("fields");
        if (fields.IsEmpty || !document.IsDatasetRow)
        {
            return;
        }
        using var row = DatasetRows.ToJson(document.Document, document.TextField);
        foreach (var (name, type) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!row.RootElement.TryGetProperty(name, out var value))
            {
                findings.Add(document.Whole(settings.Finding($"required field '{name}' is missing")) with { Snippet = name });
            }
            else if (!JsonTypes.Matches(type, value))
            {
                findings.Add(document.Whole(settings.Finding($"field '{name}' is {JsonTypes.Name(value)}, expected {type}"))
                    with { Snippet = Snippets.Visible(value.GetRawText(), Snippets.Width) });
            }
        }
    }
}
