using System.Diagnostics;
using System.Globalization;
using TextPipe.Language;

namespace TextPipe.Bench;

/// <summary>
/// Runs the language detector over the langid benchmark's three files (sentences, word pairs, single words)
/// and writes one predicted code per line for <c>score.py</c>; reports model load time and throughput.
/// By default an undecided line is written as <c>und</c> (what the pipeline would record); <c>--guess</c>
/// writes the detector's best candidate instead, as the peers in the benchmark always answer.
/// </summary>
internal sealed class LangIdCommand : IBenchCommand
{
    private static readonly string[] Files = ["sentences", "word-pairs", "single-words"];

    public string Name => "langid";

    public string Usage => "langid BENCH_DIR OUT_DIR [--guess] [--langs zh,en,...] [--english-penalty N] [--min-familiarity P] [--min-rival-words N]   (writes OUT_DIR/pred-{sentences,word-pairs,single-words}.txt)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 2)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        bool guess = args.Contains("--guess");
        int langsAt = args.ToList().IndexOf("--langs");
        LanguageSet? candidates = langsAt >= 0 && langsAt + 1 < args.Count ? LanguageSet.Parse(args[langsAt + 1]) : null;
        Directory.CreateDirectory(args[1]);

        var cpuBefore = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
        var load = Stopwatch.StartNew();
        var detector = LanguageDetector.Load(OptionsFrom(args));
        var loaded = load.Elapsed;
        detector.Detect("warm", candidates);
        load.Stop();
        var loadCpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"model load + first call: {load.Elapsed.TotalMilliseconds:F1} ms wall ({loaded.TotalMilliseconds:F1} ms the load alone), {loadCpu.TotalMilliseconds:F1} ms CPU (JIT included)"));

        foreach (string file in Files)
        {
            string[] texts = File.ReadLines(Path.Combine(args[0], file + ".tsv"))
                .Select(line => line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..])
                .ToArray();
            var predictions = new string[texts.Length];
            for (int i = 0; i < texts.Length; i++)
            {
                var result = detector.Detect(texts[i], candidates);
                predictions[i] = guess ? result.BestGuess : result.Lang;
            }
            File.WriteAllLines(Path.Combine(args[1], $"pred-{file}.txt"), predictions);
            ReportThroughput(detector, file, texts, candidates);
        }
        return 0;
    }

    /// <summary>Detector options the command line overrides, to compare settings without rebuilding.</summary>
    private static LanguageDetectorOptions OptionsFrom(IReadOnlyList<string> args)
    {
        var options = LanguageDetectorOptions.Default;
        double? Value(string name)
        {
            int at = args.ToList().IndexOf(name);
            return at >= 0 && at + 1 < args.Count ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
        }
        if (Value("--english-penalty") is { } english)
        {
            options = options with { EnglishWordPenalty = english };
        }
        if (Value("--min-familiarity") is { } familiarity)
        {
            options = options with { MinimumFamiliarity = familiarity };
        }
        if (Value("--min-rival-words") is { } rivalWords)
        {
            options = options with { MinimumRivalWords = (int)rivalWords };
        }
        return options;
    }

    /// <summary>Times repeated passes over the file on this thread (one core) after the pass above warmed it up.</summary>
    private static void ReportThroughput(LanguageDetector detector, string file, string[] texts, LanguageSet? candidates)
    {
        int passes = 0;
        long lines = 0;
        var cpuBefore = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(2) || passes < 1)
        {
            foreach (string text in texts)
            {
                detector.Detect(text, candidates);
            }
            lines += texts.Length;
            passes++;
        }
        clock.Stop();
        // CPU time as well as wall time: on a shared machine the wall clock counts other processes' work too.
        var cpu = Environment.CpuUsage.UserTime + Environment.CpuUsage.PrivilegedTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{file}: {lines / cpu.TotalSeconds:N0} lines per CPU-second, {lines / clock.Elapsed.TotalSeconds:N0} lines/s wall, one thread ({passes} passes of {texts.Length})"));
    }
}
