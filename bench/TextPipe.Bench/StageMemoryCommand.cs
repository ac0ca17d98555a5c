using System.Diagnostics;
using System.Globalization;
using TextPipe.Cleanup;
using TextPipe.Conversion;
using TextPipe.Language;
using TextPipe.Readers;
using TextPipe.Writers;

namespace TextPipe.Bench;

/// <summary>
/// Where one document's memory goes: reads it and runs the CLI's default stages one by one, then writes its JSONL
/// record to a temporary file, printing after each step the live managed heap (after a full collection), the process's
/// working set and its peak so far. With <c>--rules</c> it runs the cleanup rules one by one instead of the stages, to
/// show which rule's working structures raise the peak. A collection follows every step, as the pipeline does for a
/// document of many blocks, so each peak belongs to the step that printed it or to an earlier one.
/// </summary>
internal sealed class StageMemoryCommand : IBenchCommand
{
    public string Name => "stage-memory";

    public string Usage => "stage-memory INPUT [--rules]   (live heap, working set and peak after each stage or cleanup rule)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        string path = args[0];
        bool byRule = args.Contains("--rules");
        var clock = Stopwatch.StartNew();
        var detector = LanguageDetector.Load();
        var catalog = DefaultRules.CreateCatalog();
        var cleanup = catalog.Resolve("default", null);
        Print("start", clock);
        var document = new DocumentLoader(ReaderOptions.Default).Load(File.ReadAllBytes(path), new SourceInfo(path, Path.GetExtension(path)));
        Print("read", clock);
        if (byRule)
        {
            var context = new CleanupContext(document, cleanup);
            Print("context", clock);
            foreach (var rule in catalog.Enabled(cleanup))
            {
                context.Run(rule);
                Print(rule.Descriptor.Id, clock);
            }
            return 0;
        }
        foreach (var stage in ConversionStages.Create(catalog, cleanup, detector))
        {
            document = stage.Process(document);
            Print(stage.Name, clock);
        }
        string output = Path.GetTempFileName();
        try
        {
            using (var stream = File.Create(output))
            using (var writer = RecordWriterFactory.Create(stream, new WriterOptions(OutputFormat.Jsonl, RecordUnit.Document)))
            {
                writer.Write(document);
            }
            Print("written", clock);
        }
        finally
        {
            File.Delete(output);
        }
        GC.KeepAlive(document);
        return 0;
    }

    private static void Print(string step, Stopwatch clock)
    {
        long live = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{step,-18} {clock.Elapsed.TotalSeconds,7:F2} s  live {live / 1048576,5} MB  working set {process.WorkingSet64 / 1048576,5} MB  peak {process.PeakWorkingSet64 / 1048576,5} MB"));
    }
}
