using System.Text;
using TextPipe.Cleanup;
using TextPipe.Conversion;
using TextPipe.Documents;
using TextPipe.Inputs;
using TextPipe.Pipeline;
using TextPipe.Readers;

namespace TextPipe.Bench;

/// <summary>One removed or replaced span of a corpus file, with the text around it as the rule saw it.</summary>
internal sealed record EditSpan(EditKey Key, Edit Edit, string Before, string After)
{
    /// <summary>Characters the edit took out or rewrote: the length of its original text.</summary>
    public int Chars => Edit.Original.Length;
}

/// <summary>
/// Converts corpus files with the CLI's default reader options and cleanup rules (the stages after cleanup make no
/// edits) and returns every removed or replaced span, with the text around it as the rule saw it: the edits are
/// undone one by one from the clean text backwards, as <see cref="EditReplay"/> does, and each is read just after
/// it is undone.
/// </summary>
internal static class CorpusEdits
{
    public const int ContextChars = 60;

    public static IReadOnlyList<EditSpan> Collect(string folder, IEnumerable<string> files, Action<string> reportFailure)
    {
        var catalog = DefaultRules.CreateCatalog();
        var pipeline = new DocumentPipelineBuilder()
            .Add(new CleanupStage(catalog, new RulesFile().Resolve(catalog, "default")))
            .Build();
        var converter = new BatchConverter(new DocumentLoader(new ReaderOptions()), pipeline, Environment.ProcessorCount, () => Stream.Null);
        var inputs = files.Select(name => new FileInput(Path.Combine(folder, name), name, Path.Combine(folder, name)));

        var spans = new List<EditSpan>();
        foreach (var result in converter.Convert(inputs))
        {
            if (result.Document is { } document)
            {
                spans.AddRange(SpansOf(result.Input.RelativeName, document));
            }
            else
            {
                reportFailure($"{result.Input.Name}: {result.Error}");
            }
        }
        return spans;
    }

    private static List<EditSpan> SpansOf(string file, Document document)
    {
        var edits = document.Edits;
        var contexts = new (string Before, string After)[edits.Length];
        var text = new StringBuilder(document.Text);
        for (int i = edits.Length - 1; i >= 0; i--)
        {
            var edit = edits[i];
            if (edit.Action == EditAction.Flagged)
            {
                continue;
            }
            text.Remove(edit.Offset, edit.Replacement.Length).Insert(edit.Offset, edit.Original);
            int start = Math.Max(0, edit.Offset - ContextChars);
            int end = Math.Min(text.Length, edit.Offset + edit.Original.Length + ContextChars);
            contexts[i] = (text.ToString(start, edit.Offset - start), text.ToString(edit.Offset + edit.Original.Length, end - edit.Offset - edit.Original.Length));
        }

        var spans = new List<EditSpan>();
        var occurrences = new Dictionary<(string, string, string), int>();
        for (int i = 0; i < edits.Length; i++)
        {
            var edit = edits[i];
            if (edit.Action == EditAction.Flagged)
            {
                continue;
            }
            string action = edit.Action == EditAction.Removed ? "removed" : "replaced";
            var group = (edit.Rule, action, edit.Original);
            occurrences[group] = occurrences.GetValueOrDefault(group) + 1;
            spans.Add(new EditSpan(new EditKey(file, edit.Rule, action, edit.Original, occurrences[group]), edit, contexts[i].Before, contexts[i].After));
        }
        return spans;
    }
}
