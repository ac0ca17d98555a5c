using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextPipe.Segmentation.Chinese;

namespace TextPipe.Bench;

/// <summary>
/// Segments a SIGHAN 2005 test file (one sentence a line) with the Chinese word segmenter and writes
/// the words separated by two spaces, line for line, for the benchmark's <c>score.py</c>. Reports the
/// data load time and single-thread throughput in the steady state (after 1.5 s of untimed warm-up
/// passes, the best of several timed passes over the file). <c>--no-hmm</c> turns off unknown-word
/// guessing; <c>--msr</c> follows the MSR convention (longer units); <c>--user-dict FILE</c> adds words;
/// <c>--passes N</c> times N passes instead of 10 (more chances of a quiet moment on a shared machine).
/// </summary>
internal sealed class CwsCommand : IBenchCommand
{
    private const int DefaultTimedPasses = 10;
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1.5);

    public string Name => "cws";

    public string Usage => "cws TEST_FILE PRED_FILE [--no-hmm] [--msr] [--user-dict FILE] [--passes N]   (Chinese word segmentation)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 2)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        int userDictAt = args.ToList().IndexOf("--user-dict");
        int passesAt = args.ToList().IndexOf("--passes");
        int timedPasses = passesAt >= 0 && passesAt + 1 < args.Count ? int.Parse(args[passesAt + 1], CultureInfo.InvariantCulture) : DefaultTimedPasses;
        var options = new ChineseSegmenterOptions
        {
            GuessUnknownWords = !args.Contains("--no-hmm"),
            Convention = args.Contains("--msr") ? ChineseWordConvention.Msr : ChineseWordConvention.Pku,
            UserWords = userDictAt >= 0 && userDictAt + 1 < args.Count
                ? ChineseSegmenterOptions.ReadUserDictionary(args[userDictAt + 1])
                : new Dictionary<string, int>(),
        };

        var load = Stopwatch.StartNew();
        var data = ChineseSegmenterData.Default;
        var segmenter = new ChineseSegmenter(options, data);
        load.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"data: {data.WordCount} words, {data.BigramCount} bigrams; load {data.LoadTime.TotalMilliseconds:F1} ms (with segmenter {load.Elapsed.TotalMilliseconds:F1} ms)"));

        string[] lines = File.ReadAllLines(args[0], Encoding.UTF8);
        long chars = lines.Sum(l => (long)l.Length);
        var words = new List<WordSpan>();
        var output = new StringBuilder();
        foreach (string line in lines)
        {
            words.Clear();
            segmenter.Segment(line.AsSpan(), words);
            output.AppendJoin("  ", words.Select(w => line.Substring(w.Start, w.Length))).Append('\n');
        }
        string? folder = Path.GetDirectoryName(Path.GetFullPath(args[1]));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        File.WriteAllText(args[1], output.ToString(), new UTF8Encoding(false));

        // Warm up first: the runtime compiles hot methods in tiers (quick code, then instrumented code,
        // then optimised code with profile data), and a test file of 50 ms a pass would otherwise time
        // the early tiers (three times slower) rather than the steady state a long stream runs at.
        var warmUp = Stopwatch.StartNew();
        SegmentAll(segmenter, lines, words);
        double coldPass = warmUp.Elapsed.TotalSeconds;   // what a short-lived process gets
        int warmUpPasses = 1;
        while (warmUp.Elapsed < WarmUpTime || warmUpPasses < 2)
        {
            SegmentAll(segmenter, lines, words);
            warmUpPasses++;
        }

        // Wall time and this process's CPU time: on a shared, overloaded machine the wall clock counts
        // the time other processes held the core, the CPU time does not.
        double best = double.MaxValue;
        double bestCpu = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (int pass = 0; pass < timedPasses; pass++)
        {
            process.Refresh();
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var timer = Stopwatch.StartNew();
            SegmentAll(segmenter, lines, words);
            best = Math.Min(best, timer.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{lines.Length} lines, {chars} chars; after {warmUpPasses} warm-up passes, best of {timedPasses} passes: wall {best * 1000:F1} ms = {chars / best / 1e6:F2}M chars/s, CPU {bestCpu * 1000:F1} ms = {chars / bestCpu / 1e6:F2}M chars/s (one thread); second pass (cold code) {coldPass * 1000:F1} ms = {chars / coldPass / 1e6:F2}M chars/s"));
        return 0;
    }

    private static void SegmentAll(ChineseSegmenter segmenter, string[] lines, List<WordSpan> words)
    {
        foreach (string line in lines)
        {
            words.Clear();
            segmenter.Segment(line.AsSpan(), words);
        }
    }
}
