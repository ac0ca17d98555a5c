using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using TextPipe.Cleanup;
using TextPipe.Documents;
using TextPipe.Language;
using TextPipe.Pipeline;
using TextPipe.Readers;
using TextPipe.Segmentation;

namespace TextPipe.Bench.WebExtract;

/// <summary>
/// Main-content extraction on a web-page dataset with ground truth: every page goes through the library as
/// <c>textpipe convert</c> runs it with its defaults (format detection, the HTML reader, the default cleanup rules,
/// language and sentences), its <c>text</c> is the prediction, and the word-shingle metric of the ScrapingHub
/// benchmark (<see cref="ShingleScore"/>) scores it against the dataset's article text. Prints F1, precision and
/// recall, the pages under F1 0.1, F1 per language, and speed: pages per second on one thread after an untimed
/// warm-up, beside a yardstick timed in the same run (AngleSharp parsing the same pages, nothing else).
/// <c>--out</c> writes the predictions in the ScrapingHub JSON format (so the benchmark's own evaluate.py can
/// score them too), <c>--pages</c> a TSV of every page's scores.
/// </summary>
internal sealed class WebExtractCommand : IBenchCommand
{
    private const double FailedPageF1 = 0.1;

    public string Name => "webextract";

    public string Usage => "webextract DATASET_DIR [--format scrapinghub|readability|trafilatura] [--split dev|test] [--out PREDICTIONS.json] [--pages SCORES.tsv] [--score PREDICTIONS.json]   (main-content extraction: word-shingle F1, or for trafilatura's evaluation set its snippet metric; --split keeps the half of the pages a hash of their key puts in it; --score scores another extractor's predictions instead)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 1)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        string format = OptionValue(args, "--format") ?? WebDatasets.ScrapingHub;
        string? split = OptionValue(args, "--split");
        if (split is not null and not (DatasetSplit.Dev or DatasetSplit.Test))
        {
            Console.Error.WriteLine($"unknown split '{split}' (dev or test)");
            return 2;
        }
        if (format == SnippetDataset.Format)
        {
            return new SnippetEvaluation(new DefaultExtractor().TryConvert).Run(args[0], split, OptionValue(args, "--pages"), OptionValue(args, "--out"));
        }
        var pages = WebDatasets.Load(args[0], format).Where(p => split is null || DatasetSplit.IsIn(split, p.Key)).ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"no pages found in {args[0]} for format {format}");
            return 1;
        }
        if (OptionValue(args, "--score") is { } predictionsPath)
        {
            return ScoreFile(pages, predictionsPath);
        }
        var contents = pages.Select(p => File.ReadAllBytes(p.HtmlPath)).ToList();
        var extractor = new DefaultExtractor();

        var documents = new Document?[pages.Count];
        for (int i = 0; i < pages.Count; i++)
        {
            documents[i] = extractor.TryConvert(contents[i], pages[i].HtmlPath); // also the warm-up of the timed pass
        }
        double seconds = Time(() =>
        {
            for (int i = 0; i < pages.Count; i++)
            {
                extractor.TryConvert(contents[i], pages[i].HtmlPath);
            }
        });
        double yardstickSeconds = Time(() => ParseOnly(contents));

        var scored = pages.Select((page, i) => new ScoredPage(page, documents[i]?.Text ?? "", page.Lang ?? documents[i]?.Lang ?? "und",
            ShingleScore.Match(page.Truth, documents[i]?.Text ?? ""), documents[i] is null)).ToList();
        Print(format, scored, seconds, yardstickSeconds);
        if (OptionValue(args, "--out") is { } outPath)
        {
            WritePredictions(outPath, scored);
        }
        if (OptionValue(args, "--pages") is { } pagesPath)
        {
            WritePageScores(pagesPath, scored);
        }
        return 0;
    }

    /// <summary>Scores a predictions file in the ScrapingHub format (the peers' published outputs), to check the scorer against theirs.</summary>
    private static int ScoreFile(IReadOnlyList<WebPage> pages, string path)
    {
        using var predictions = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = predictions.RootElement;
        if (root.TryGetProperty("output", out var output) && root.TryGetProperty("version", out _))
        {
            root = output; // {"version": ..., "output": {...}}
        }
        var matches = pages.Select(page => ShingleScore.Match(page.Truth,
            root.TryGetProperty(page.Key, out var entry) && entry.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "")).ToList();
        var summary = ShingleScore.Summarise(matches);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: F1 {summary.F1:F6}  P {summary.Precision:F6}  R {summary.Recall:F6}  ({summary.Pages} pages)"));
        return 0;
    }

    private sealed record ScoredPage(WebPage Page, string Prediction, string Lang, ShingleMatch Match, bool Failed);

    /// <summary>The yardstick: decompress and parse every page with AngleSharp, as a browser would, and nothing else.</summary>
    private static void ParseOnly(List<byte[]> contents)
    {
        var parser = new HtmlParser();
        foreach (byte[] content in contents)
        {
            using var document = parser.ParseDocument(Encoding.UTF8.GetString(Decompressed(content)));
        }
    }

    private static byte[] Decompressed(byte[] content)
    {
        if (content.Length < 2 || content[0] != 0x1f || content[1] != 0x8b)
        {
            return content;
        }
        using var gzip = new GZipStream(new MemoryStream(content), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        gzip.CopyTo(plain);
        return plain.ToArray();
    }

    private static double Time(Action action)
    {
        var timer = Stopwatch.StartNew();
        action();
        return timer.Elapsed.TotalSeconds;
    }

    private static void Print(string format, List<ScoredPage> scored, double seconds, double yardstickSeconds)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine($"{format}: {ShingleScore.Summarise(scored.Select(s => s.Match).ToList())}");
        var failed = scored.Where(s => s.Match.F1 < FailedPageF1).ToList();
        Console.WriteLine($"pages with F1 < {FailedPageF1.ToString(inv)}: {failed.Count}" + (scored.Any(s => s.Failed) ? $" ({scored.Count(s => s.Failed)} not read)" : ""));
        foreach (var page in failed)
        {
            Console.WriteLine(string.Create(inv, $"  {page.Page.Key}\tF1 {page.Match.F1:F3}\tP {page.Match.Precision:F3}\tR {page.Match.Recall:F3}"));
        }
        Console.WriteLine("per language:");
        foreach (var group in scored.GroupBy(s => s.Lang).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"  {group.Key}\t{ShingleScore.Summarise(group.Select(s => s.Match).ToList())}");
        }
        Console.WriteLine(string.Create(inv,
            $"speed: {scored.Count / seconds:F1} pages/s on one thread (convert with defaults); yardstick AngleSharp parse only {scored.Count / yardstickSeconds:F1} pages/s; ratio {seconds / yardstickSeconds:F2}x the parse time"));
    }

    private static void WritePredictions(string path, List<ScoredPage> scored)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        foreach (var page in scored)
        {
            json.WriteStartObject(page.Page.Key);
            json.WriteString("articleBody", page.Prediction);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WritePageScores(string path, List<ScoredPage> scored)
    {
        var tsv = new StringBuilder("key\tlang\tf1\tprecision\trecall\ttrue_words\tpredicted_words\n");
        foreach (var page in scored.OrderBy(s => s.Match.F1))
        {
            tsv.AppendJoin('\t', page.Page.Key, page.Lang, F(page.Match.F1), F(page.Match.Precision), F(page.Match.Recall),
                ShingleScore.Words(page.Page.Truth).Count, ShingleScore.Words(page.Prediction).Count).Append('\n');
        }
        File.WriteAllText(path, tsv.ToString(), new UTF8Encoding(false));

        static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
    }

    private static string? OptionValue(IReadOnlyList<string> args, string name)
    {
        int at = args.ToList().IndexOf(name);
        return at >= 0 && at + 1 < args.Count ? args[at + 1] : null;
    }
}
