using System.Globalization;
using System.Text;
using System.Text.Json;
using TextPipe.Documents;

namespace TextPipe.Bench.WebExtract;

/// <summary>
/// trafilatura's evaluation set scored with its snippet metric (<see cref="SnippetScore"/>): every page's raw bytes
/// go through the library as <c>textpipe convert</c> runs it with its defaults (the reader finds the encoding itself,
/// as each package in their benchmark does) and the document's <c>text</c> is the output; a page the library cannot
/// read scores as an empty output, as a crash does in theirs. Prints the totals, the pages that miss or leak most,
/// with <c>--pages</c> writes a TSV of every page's counts and the snippets it got wrong, and with <c>--out</c> every page's output as JSON.
/// </summary>
internal sealed class SnippetEvaluation(Func<byte[], string, Document?> convert)
{
    private const int WorstPagesShown = 15;

    public int Run(string folder, string? split, string? pagesPath, string? outPath)
    {
        var pages = SnippetDataset.Load(folder).Where(p => split is null || DatasetSplit.IsIn(split, p.Url)).ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"no pages found in {folder}");
            return 1;
        }
        var scored = pages.Select(page =>
        {
            var document = convert(File.ReadAllBytes(page.HtmlPath), page.HtmlPath);
            string text = document?.Text ?? "";
            return new ScoredPage(page, SnippetScore.Count(page.MustKeep, page.MustGo, text), text, document is null);
        }).ToList();

        var total = scored.Aggregate(new SnippetCounts(), (sum, page) => sum + page.Counts);
        Console.WriteLine($"{SnippetDataset.Format}{(split is null ? "" : $" ({split} half)")}: {pages.Count} pages, {total.TruePositive + total.FalseNegative} text and {total.FalsePositive + total.TrueNegative} boilerplate snippets");
        Console.WriteLine($"  {total}");
        Console.WriteLine($"pages not read: {scored.Count(s => s.Failed)}; pages with every text snippet missed: {scored.Count(s => s.Counts.TruePositive == 0)}");
        Console.WriteLine("pages with the most errors (fn + fp):");
        foreach (var page in scored.OrderByDescending(s => s.Counts.FalseNegative + s.Counts.FalsePositive).ThenBy(s => s.Page.Url, StringComparer.Ordinal).Take(WorstPagesShown))
        {
            Console.WriteLine($"  fn {page.Counts.FalseNegative} fp {page.Counts.FalsePositive}\t{Path.GetFileName(page.Page.HtmlPath)}\t{page.Page.Url}");
        }
        if (pagesPath is not null)
        {
            WritePageScores(pagesPath, scored);
        }
        if (outPath is not null)
        {
            WriteOutputs(outPath, scored);
        }
        return 0;
    }

    private sealed record ScoredPage(SnippetPage Page, SnippetCounts Counts, string Text, bool Failed);

    /// <summary>Every page's output as <c>{url: text}</c> (null for a page not read), so their own scoring code can count it too.</summary>
    private static void WriteOutputs(string path, List<ScoredPage> scored)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        foreach (var page in scored)
        {
            if (page.Failed)
            {
                json.WriteNull(page.Page.Url);
            }
            else
            {
                json.WriteString(page.Page.Url, page.Text);
            }
        }
        json.WriteEndObject();
    }

    private static void WritePageScores(string path, List<ScoredPage> scored)
    {
        var tsv = new StringBuilder("url\tfile\ttp\tfp\tfn\ttn\tchars\tmissed\tleaked\n");
        foreach (var page in scored)
        {
            string text = SnippetScore.Normalise(page.Text);
            var missed = page.Page.MustKeep.Where(s => !text.Contains(SnippetScore.Normalise(s), StringComparison.Ordinal));
            var leaked = page.Page.MustGo.Where(s => text.Contains(SnippetScore.Normalise(s), StringComparison.Ordinal));
            tsv.AppendJoin('\t', page.Page.Url, Path.GetFileName(page.Page.HtmlPath), page.Counts.TruePositive, page.Counts.FalsePositive,
                page.Counts.FalseNegative, page.Counts.TrueNegative, text.Length.ToString(CultureInfo.InvariantCulture),
                Cell(missed), Cell(leaked)).Append('\n');
        }
        File.WriteAllText(path, tsv.ToString(), new UTF8Encoding(false));

        static string Cell(IEnumerable<string> snippets) => string.Join(" ‖ ", snippets.Select(s => SnippetScore.Normalise(s)));
    }
}
