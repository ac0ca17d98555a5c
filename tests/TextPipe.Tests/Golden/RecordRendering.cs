using System.Globalization;
using System.Text;
using System.Text.Json;
using TextPipe.Tests.Cli;

namespace TextPipe.Tests.Golden;

/// <summary>
/// Renders a convert run as text a reviewer can read in a diff: per record a header (format, encoding, languages,
/// title, meta, block kinds, stats, flags), the clean text one block per line with its kind, page and language,
/// then every edit (block, rule, action, original → replacement). JSONL puts a whole document on one line, so a
/// one-word change shows as a changed 100 KB line; here it shows as the one block or edit that changed.
/// </summary>
public static class RecordRendering
{
    public static string Render(string source, CliRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        text.Append("source  ").Append(source).Append('\n');
        text.Append("exit    ").Append(run.ExitCode.ToString(CultureInfo.InvariantCulture)).Append('\n');
        foreach (string line in run.ErrorLines)
        {
            text.Append("stderr  ").Append(Escape(line)).Append('\n');
        }
        var records = run.OutputLines;
        for (int i = 0; i < records.Length; i++)
        {
            using var record = JsonDocument.Parse(records[i]);
            text.Append('\n').Append("=== record ").Append(i + 1).Append(" of ").Append(records.Length).Append('\n');
            AppendRecord(text, record.RootElement);
        }
        return text.ToString();
    }

    private static void AppendRecord(StringBuilder text, JsonElement record)
    {
        var meta = record.GetProperty("meta");
        var paragraphs = record.GetProperty("paragraphs").EnumerateArray().ToList();
        var edits = record.GetProperty("edits").EnumerateArray().ToList();
        var stats = record.GetProperty("stats");

        Field(text, "format", $"{Str(record, "format")}, encoding {Str(record, "encoding")}");
        Field(text, "lang", $"{Str(record, "lang")} {Num(record.GetProperty("lang_confidence"))} ({Shares(record.GetProperty("langs"))})");
        Field(text, "title", Str(record, "title"));
        Field(text, "meta", Meta(meta));
        Field(text, "blocks", $"{paragraphs.Count}: " + string.Join(", ", paragraphs
            .GroupBy(p => p.GetProperty("kind").GetString()!)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}")));
        Field(text, "stats", $"chars in {stats.GetProperty("chars_in")}, out {stats.GetProperty("chars_out")}; removed: "
            + Shares(stats.GetProperty("removed_by_rule")));
        foreach (var flag in record.GetProperty("flags").EnumerateArray())
        {
            Field(text, "flag", $"{Str(flag, "code")} (block {flag.GetProperty("block")}): {Escape(Str(flag, "message"))}");
        }

        text.Append("--- text\n");
        foreach (var paragraph in paragraphs)
        {
            string prefix = BlockLabel(paragraph) + " ";
            string[] lines = paragraph.GetProperty("text").GetString()!.Split('\n');
            text.Append(prefix).Append(Escape(lines[0])).Append('\n');
            foreach (string line in lines.Skip(1))
            {
                // Continuation lines (code, kept line breaks) are indented so block boundaries stay visible.
                text.Append("    ").Append(Escape(line)).Append('\n');
            }
        }

        text.Append("--- edits (").Append(edits.Count).Append(")\n");
        foreach (var edit in edits)
        {
            text.Append('#').Append(edit.GetProperty("block")).Append(' ')
                .Append(Str(edit, "rule")).Append(' ').Append(Str(edit, "action")).Append(" «")
                .Append(Escape(Str(edit, "original"))).Append("» → «").Append(Escape(Str(edit, "replacement"))).Append('»');
            if (edit.TryGetProperty("note", out var note) && note.ValueKind == JsonValueKind.String)
            {
                text.Append("  (").Append(Escape(note.GetString()!)).Append(')');
            }
            text.Append('\n');
        }
    }

    private static string BlockLabel(JsonElement paragraph)
    {
        var label = new StringBuilder("#").Append(paragraph.GetProperty("index")).Append(' ').Append(paragraph.GetProperty("kind").GetString());
        if (paragraph.GetProperty("level").GetInt32() > 0)
        {
            label.Append(paragraph.GetProperty("level"));
        }
        if (paragraph.GetProperty("page").ValueKind == JsonValueKind.Number)
        {
            label.Append(" p").Append(paragraph.GetProperty("page"));
        }
        if (paragraph.TryGetProperty("start", out var start) && start.ValueKind == JsonValueKind.Number)
        {
            label.Append(" @").Append(Num(start));
        }
        return label.Append(' ').Append(paragraph.GetProperty("lang").GetString()).Append(" |").ToString();
    }

    private static string Meta(JsonElement meta)
    {
        var parts = new List<string>();
        foreach (var property in meta.EnumerateObject())
        {
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    break;
                case JsonValueKind.Array when property.Value.GetArrayLength() == 0:
                    break;
                case JsonValueKind.Array:
                    parts.Add($"{property.Name} [{string.Join(" | ", property.Value.EnumerateArray().Select(v => Escape(v.ToString())))}]");
                    break;
                default:
                    parts.Add($"{property.Name} {Escape(property.Value.ToString())}");
                    break;
            }
        }
        return string.Join(", ", parts);
    }

    private static string Shares(JsonElement map) =>
        string.Join(", ", map.EnumerateObject().Select(p => $"{p.Name} {Num(p.Value)}"));

    private static string Num(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble().ToString("0.####", CultureInfo.InvariantCulture) : "null";

    private static string Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "(none)";

    private static void Field(StringBuilder text, string name, string value) =>
        text.Append(name.PadRight(8)).Append(value).Append('\n');

    /// <summary>Keeps one edit or block line on one line: line breaks, tabs and other controls are shown as symbols or escapes.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var escaped = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            escaped.Append(c switch
            {
                '\n' => "⏎",
                '\t' => "⇥",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
