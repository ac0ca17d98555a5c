using System.Text.Json;

namespace TextPipe.Validation.Rules;

/// <summary><c>unique-ids</c>: no two dataset rows of the set share a value of the id field (<c>field</c>, default <c>id</c>); rows without it are not judged.</summary>
public sealed class UniqueIdsRule : ISetCheckRule
{
    private readonly Dictionary<string, string> firstHolder = new(StringComparer.Ordinal);

    public CheckRuleDescriptor Descriptor { get; } = Describe();

    public static CheckRuleDescriptor Describe() => new(
        "unique-ids", "datasets", "No two dataset rows with the same id", CheckSeverity.Error,
        [new("field", CheckParameterKind.Text, "id", "the id field of a row")]);

    public object? Prepare(CheckedDocument document, RuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        string field = settings.Text("field") ?? "id";
        var value = document.Document.Metadata.Fields.FirstOrDefault(f => f.Name == field);
        if (value is null)
        {
            return null;
        }
        // Keyed by JSON type and value, so "7" and 7 stay apart as they are apart in the data.
        using var parsed = JsonDocument.Parse(value.JsonValue);
        return parsed.RootElement.ValueKind == JsonValueKind.String ? "s" + parsed.RootElement.GetString() : "j" + parsed.RootElement.GetRawText();
    }

    public void Observe(CheckedDocument document, object? prepared, RuleSettings settings, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(findings);
        if (prepared is not string key)
        {
            return;
        }
        if (firstHolder.TryGetValue(key, out string? first))
        {
            string id = key[1..];
            findings.Add(document.Whole(settings.Finding($"id {id} already used by {first}")) with { Snippet = id, Related = first });
        }
        else
        {
            firstHolder[key] = document.Name;
        }
    }
}
