using System.Globalization;
using System.Text;
using TextPipe.Documents;

namespace TextPipe.Reporting;

/// <summary>Renders an <see cref="InspectionReport"/> for a person, with ANSI colour only when asked.</summary>
public sealed class InspectionRenderer(TextWriter output, bool color, int previewChars = 72)
{
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Cyan = "\u001b[36m";
    private const string Yellow = "\u001b[33m";
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Reset = "\u001b[0m";

    public void Render(InspectionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var doc = report.Document;
        var meta = doc.Metadata;
        output.WriteLine(Paint(Bold, meta.Source));
        Field("format", meta.Format);
        Field("encoding", meta.Encoding ?? "(binary format)");
        Field("size", string.Create(CultureInfo.InvariantCulture,
            $"{meta.ByteCount:N0} bytes, {doc.CharsIn:N0} characters, {doc.Blocks.Length:N0} blocks"));
        Field("id", doc.Id);
        Field("title", meta.Title ?? "(none)");
        Field("language", doc.Lang is null ? "(not detected)" : FormatLanguages(doc));
        Field("blocks", string.Join(", ", report.BlocksByKind.Select(kv => $"{kv.Value} {kv.Key}")));
        Field("edits", report.EditsByRule.Count == 0
            ? "none"
            : string.Join(", ", report.EditsByRule.Select(kv => $"{kv.Key} {kv.Value}")));
        Field("flags", doc.Flags.IsEmpty ? "none" : doc.Flags.Length.ToString(CultureInfo.InvariantCulture));
        foreach (var flag in doc.Flags)
        {
            output.WriteLine($"  {Paint(Yellow, "!")} {flag.Code}: {flag.Message}");
        }

        RenderEdits(doc);

        output.WriteLine();
        output.WriteLine(Paint(Bold, "Blocks"));
        for (int i = 0; i < doc.Blocks.Length; i++)
        {
            var block = doc.Blocks[i];
            string kind = BlockKindNames.Of(block.Kind) + (block.Level > 0 ? $" h{block.Level}" : "");
            string where = block.Page is int page ? $" p{page}" : "";
            output.WriteLine($"  {Paint(Dim, $"#{i,-4}")} {Paint(Cyan, $"{kind + where,-16}")} {Preview(block.Text)}");
        }
    }

    /// <summary>Each edit as a small diff: what was there in red, what replaced it in green, findings in yellow.</summary>
    private void RenderEdits(Document doc)
    {
        if (doc.Edits.IsEmpty)
        {
            return;
        }
        output.WriteLine();
        output.WriteLine(Paint(Bold, "Edits"));
        foreach (var edit in doc.Edits)
        {
            string where = Paint(Dim, $"#{edit.Block,-4} {edit.Rule,-16}");
            string note = edit.Note is null ? "" : Paint(Dim, $"  ({edit.Note})");
            switch (edit.Action)
            {
                case EditAction.Flagged:
                    output.WriteLine($"  {where} {Paint(Yellow, "! " + Preview(edit.Original))}{note}");
                    break;
                case EditAction.Removed:
                    output.WriteLine($"  {where} {Paint(Red, "- " + Preview(edit.Original))}{note}");
                    break;
                default:
                    output.WriteLine($"  {where} {Paint(Red, "- " + Preview(edit.Original))}  {Paint(Green, "+ " + Preview(edit.Replacement))}{note}");
                    break;
            }
        }
    }

    private void Field(string name, string value) => output.WriteLine($"  {Paint(Dim, $"{name,-9}")} {value}");

    private static string FormatLanguages(Document doc) =>
        doc.Langs.IsEmpty
            ? doc.Lang!
            : string.Join(", ", doc.Langs.OrderByDescending(kv => kv.Value).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:P0}")));

    /// <summary>First characters of a block on one line, with its length when cut.</summary>
    private string Preview(string text)
    {
        var flat = new StringBuilder(Math.Min(text.Length, previewChars + 1));
        foreach (char c in text)
        {
            if (flat.Length >= previewChars)
            {
                break;
            }
            flat.Append(c is '\n' or '\r' or '\t' ? '⏎' : c);
        }
        if (text.Length <= previewChars)
        {
            return flat.ToString();
        }
        return string.Create(CultureInfo.InvariantCulture, $"{flat}… {Paint(Dim, $"({TextMeasure.CountChars(text):N0} chars)")}");
    }

    private string Paint(string code, string text) => color ? code + text + Reset : text;
}
