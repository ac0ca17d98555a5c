using System.Globalization;
using System.Text;

namespace TextPipe.Bench;

/// <summary>
/// Precision of the cleanup on a real corpus: converts every file (those listed in CORPUS/sources.tsv, else every
/// file under CORPUS), writes every removed or replaced span with its context to OUT/edits.tsv, joins it with the
/// reviewers' verdicts (CORPUS/review/edits-reviewed.tsv, or --review FILE), and prints per rule the edits, the
/// characters they touched, how many are reviewed, and precision by characters: characters in edits judged
/// <c>noise</c> / characters in reviewed edits. Unreviewed edits go to OUT/unreviewed.tsv in the review file's
/// columns, verdict left blank, ready to be judged and appended. Exit code 0, or 1 when an edit is unreviewed.
/// </summary>
internal sealed class EditsCommand : IBenchCommand
{
    private const int UnreviewedShown = 100;

    public string Name => "edits";

    public string Usage => "edits CORPUS_DIR OUT_DIR [--review FILE]   (every cleanup edit on a real corpus, precision per rule against reviewed verdicts)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 2)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        string corpus = args[0];
        string output = args[1];
        int reviewAt = args.ToList().IndexOf("--review");
        string reviewPath = reviewAt >= 0 && reviewAt + 1 < args.Count ? args[reviewAt + 1] : Path.Combine(corpus, "review", "edits-reviewed.tsv");
        Directory.CreateDirectory(output);

        var review = ReviewBook.Load(reviewPath);
        var spans = CorpusEdits.Collect(corpus, CorpusFiles(corpus), failure => Console.Error.WriteLine($"failed: {failure}"));
        var judged = spans.Select(span => (Span: span, Verdict: review.Find(span.Key))).ToList();

        WriteEdits(Path.Combine(output, "edits.tsv"), judged);
        var unreviewed = judged.Where(j => j.Verdict is null).Select(j => j.Span).ToList();
        WriteUnreviewed(Path.Combine(output, "unreviewed.tsv"), unreviewed);
        PrintSummary(judged);
        PrintUnreviewed(unreviewed, Path.Combine(output, "unreviewed.tsv"));
        return unreviewed.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<string> CorpusFiles(string corpus)
    {
        string manifest = Path.Combine(corpus, "sources.tsv");
        if (File.Exists(manifest))
        {
            return File.ReadLines(manifest).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0]).Order(StringComparer.Ordinal);
        }
        return Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(corpus, f)).Order(StringComparer.Ordinal);
    }

    private static void WriteEdits(string path, List<(EditSpan Span, Verdict? Verdict)> judged)
    {
        var tsv = new StringBuilder("file\trule\taction\toccurrence\tblock\toffset\toriginal\treplacement\tbefore\tafter\tnote\tverdict\tverdict_note\n");
        foreach (var (span, verdict) in judged)
        {
            var k = span.Key;
            tsv.AppendJoin('\t', k.File, k.Rule, k.Action, k.Occurrence, span.Edit.Block, span.Edit.Offset,
                TsvText.Escape(k.Original), TsvText.Escape(span.Edit.Replacement), TsvText.Escape(span.Before), TsvText.Escape(span.After),
                TsvText.Escape(span.Edit.Note ?? ""), verdict?.Value ?? "", TsvText.Escape(verdict?.Note ?? "")).Append('\n');
        }
        File.WriteAllText(path, tsv.ToString(), new UTF8Encoding(false));
    }

    private static void WriteUnreviewed(string path, List<EditSpan> unreviewed)
    {
        var tsv = new StringBuilder(ReviewBook.Header).Append('\n');
        foreach (var span in unreviewed)
        {
            var k = span.Key;
            // The note column carries the context to judge by; the reviewer replaces it with the reason.
            tsv.AppendJoin('\t', k.File, k.Rule, k.Action, TsvText.Escape(k.Original), k.Occurrence, "",
                TsvText.Escape($"{span.Before}[[{k.Original}→{span.Edit.Replacement}]]{span.After}")).Append('\n');
        }
        File.WriteAllText(path, tsv.ToString(), new UTF8Encoding(false));
    }

    private static void PrintSummary(List<(EditSpan Span, Verdict? Verdict)> judged)
    {
        Console.WriteLine("rule\tedits\tchars\treviewed\treviewed_chars\tnoise_chars\ttext_chars\tprecision_by_chars");
        var rows = judged.GroupBy(j => j.Span.Key.Rule).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Rule: g.Key, Items: g.ToList())).ToList();
        foreach (var (rule, items) in rows.Append(("TOTAL", judged)))
        {
            var reviewed = items.Where(i => i.Verdict is not null).ToList();
            int reviewedChars = reviewed.Sum(i => i.Span.Chars);
            int noiseChars = reviewed.Where(i => i.Verdict!.IsNoise).Sum(i => i.Span.Chars);
            string precision = reviewedChars == 0 ? "n/a" : (100.0 * noiseChars / reviewedChars).ToString("F1", CultureInfo.InvariantCulture) + "%";
            Console.WriteLine(string.Join('\t', rule, items.Count, items.Sum(i => i.Span.Chars), reviewed.Count, reviewedChars,
                noiseChars, reviewedChars - noiseChars, precision));
        }
    }

    private static void PrintUnreviewed(List<EditSpan> unreviewed, string path)
    {
        Console.WriteLine($"unreviewed: {unreviewed.Count} edits (all in {path})");
        foreach (var span in unreviewed.Take(UnreviewedShown))
        {
            var k = span.Key;
            Console.WriteLine($"  {k.File}\t{k.Rule}\t{k.Action}\t{TsvText.Escape(k.Original)}\t#{k.Occurrence}");
        }
        if (unreviewed.Count > UnreviewedShown)
        {
            Console.WriteLine($"  … {unreviewed.Count - UnreviewedShown} more");
        }
    }
}
