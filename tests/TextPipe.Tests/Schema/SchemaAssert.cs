using System.Text;

namespace TextPipe.Tests.Schema;

/// <summary>Assertions that JSON output conforms to a schema in the repository's <c>schema/</c> folder.</summary>
public static class SchemaAssert
{
    private const int MaxReported = 20;

    /// <summary>
    /// Asserts that <paramref name="jsonl"/> is JSON Lines whose every record is valid against the schema:
    /// one JSON value per <c>\n</c>-terminated line (the last line end may be missing), no blank lines, and at
    /// least one record (validating nothing would pass silently). The failure message lists each error with
    /// its line number and JSON path.
    /// </summary>
    /// <param name="jsonl">The output to check.</param>
    /// <param name="schemaFileName"><c>document.schema.json</c>, or just <c>document</c>.</param>
    public static void ValidJsonLines(string jsonl, string schemaFileName)
    {
        ArgumentNullException.ThrowIfNull(jsonl);
        var validator = SchemaFiles.Validator(schemaFileName);

        string body = jsonl.EndsWith('\n') ? jsonl[..^1] : jsonl;
        if (body.Length == 0)
        {
            Assert.Fail($"Expected JSON Lines valid against {schemaFileName}, but there are no records.");
        }

        var errors = new List<string>();
        string[] lines = body.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                errors.Add($"line {i + 1}: blank line");
                continue;
            }
            foreach (string error in validator.Validate(lines[i]))
            {
                errors.Add($"line {i + 1}: {error}");
            }
        }
        Report(errors, schemaFileName, lines.Length);
    }

    /// <summary>Asserts that <paramref name="json"/> is one JSON value valid against the schema.</summary>
    public static void ValidJson(string json, string schemaFileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = SchemaFiles.Validator(schemaFileName).Validate(json).ToList();
        Report(errors, schemaFileName, 1);
    }

    private static void Report(List<string> errors, string schemaFileName, int records)
    {
        if (errors.Count == 0)
        {
            return;
        }
        var message = new StringBuilder()
            .Append(errors.Count).Append(" schema error(s) against ").Append(schemaFileName)
            .Append(" in ").Append(records).Append(" record(s):");
        foreach (string error in errors.Take(MaxReported))
        {
            message.Append('\n').Append("  ").Append(error);
        }
        if (errors.Count > MaxReported)
        {
            message.Append("\n  ... and ").Append(errors.Count - MaxReported).Append(" more");
        }
        Assert.Fail(message.ToString());
    }
}
