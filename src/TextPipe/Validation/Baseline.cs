using System.Text.Json;

namespace TextPipe.Validation;

/// <summary>
/// Findings accepted on an existing corpus, by fingerprint (rule id, source and a hash of the snippet), so a check can
/// be adopted without fixing the past first and fail only on new problems. Stored as JSON:
/// <c>{"version":1,"fingerprints":["…", …]}</c>, sorted, so the file diffs well under version control.
/// </summary>
public sealed class Baseline
{
    private readonly HashSet<string> fingerprints;

    public Baseline(IEnumerable<string> fingerprints) => this.fingerprints = new HashSet<string>(fingerprints, StringComparer.Ordinal);

    public int Count => fingerprints.Count;

    public bool Accepts(Finding finding, string source)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return fingerprints.Contains(finding.Fingerprint(source));
    }

    /// <summary>Reads a baseline; throws <see cref="FormatException"/> when it is not one.</summary>
    public static Baseline Read(Stream stream)
    {
        try
        {
            using var document = JsonDocument.Parse(stream);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("fingerprints", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("not a textpipe baseline: expected {\"version\":1,\"fingerprints\":[...]}");
            }
            return new Baseline(list.EnumerateArray().Select(f => f.GetString() ?? throw new FormatException("a fingerprint is a string")));
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON at line {e.LineNumber + 1}: {e.Message}", e);
        }
    }

    public static void Write(Stream stream, IEnumerable<string> fingerprints)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteNumber("version", 1);
        writer.WriteStartArray("fingerprints");
        foreach (string fingerprint in fingerprints.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            writer.WriteStringValue(fingerprint);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
