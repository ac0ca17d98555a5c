using System.Diagnostics;
using System.Globalization;
using TextPipe.Bench.Profile;
using TextPipe.Cleanup;
using TextPipe.Conversion;
using TextPipe.Inputs;
using TextPipe.Language;
using TextPipe.Pipeline;
using TextPipe.Readers;
using TextPipe.Segmentation;
using TextPipe.Writers;

namespace TextPipe.Bench;

/// <summary>
/// Where `convert` spends its time: runs the CLI's default pipeline (cleanup with the default profile, language,
/// sentences, JSONL records to nowhere) on one thread over the given inputs and prints seconds per stage, per
/// cleanup rule (all settling passes summed) and for writing. Reading and decoding is what is left of the wall
/// time. Each timed part adds a few Stopwatch reads per document, far below the parts' own cost.
/// </summary>
internal sealed class StagesCommand : IBenchCommand
{
    public string Name => "stages";

    public string Usage => "stages INPUT... [--text-field text]   (seconds per stage and per cleanup rule, one thread)";

    public int Run(IReadOnlyList<string> args)
    {
        var files = new List<string>();
        string textField = ReaderOptions.Default.TextField;
        for (int i = 0; i < args.Count; i++)
        {
            if (args[i] == "--text-field" && i + 1 < args.Count)
            {
                textField = args[++i];
            }
            else
            {
                files.Add(args[i]);
            }
        }
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }

        var clock = new StageClock();
        var wall = Stopwatch.StartNew();
        var catalog = DefaultRules.CreateCatalog();
        var timedCatalog = new RuleCatalog(catalog.Rules.Select(rule => (ICleanupRule)new TimedRule(rule, clock)));
        var builder = new DocumentPipelineBuilder();
        foreach (var stage in ConversionStages.Create(timedCatalog, new RulesFile().Resolve(timedCatalog, "default"), LanguageDetector.Load()))
        {
            builder.Add(new TimedStage(stage, clock));
        }
        var pipeline = builder.Build();
        double setUp = wall.Elapsed.TotalSeconds;
        var converter = new BatchConverter(new DocumentLoader(new ReaderOptions { TextField = textField }), pipeline, 1, () => Stream.Null);
        using var writer = RecordWriterFactory.Create(Stream.Null, new WriterOptions(OutputFormat.Jsonl, RecordUnit.Document));
        int documents = 0, failures = 0;
        foreach (var result in converter.Convert(files.Select(f => new FileInput(f, f, Path.GetFullPath(f)))))
        {
            if (result.Document is { } document)
            {
                clock.Time("writing", () => writer.Write(document));
                documents++;
            }
            else
            {
                failures++;
            }
        }
        clock.Time("writing", writer.Flush);
        double total = wall.Elapsed.TotalSeconds;

        var parts = clock.Totals().ToList();
        double stages = parts.Where(p => !p.Part.StartsWith("cleanup/", StringComparison.Ordinal)).Sum(p => p.Seconds);
        Console.WriteLine($"{documents} documents ({failures} failed), {total:F2} s wall on one thread");
        Print("set-up (models, rules)", setUp, total);
        Print("reading and decoding (rest)", total - setUp - stages, total);
        foreach (var (part, seconds) in parts)
        {
            Print(part.StartsWith("cleanup/", StringComparison.Ordinal) ? "  " + part : part, seconds, total);
        }
        return 0;
    }

    private static void Print(string part, double seconds, double total) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{part,-30} {seconds,8:F2} s {100 * seconds / total,5:F1} %"));
}
