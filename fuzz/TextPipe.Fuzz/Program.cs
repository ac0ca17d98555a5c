using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using TextPipe.Fuzz;

// textpipe-fuzz: fuzzing harness for the readers and cleanup (issue 12.6). See docs/reliability.md.
//   textpipe-fuzz list
//   textpipe-fuzz mutate TARGET SECONDS FINDINGS_DIR SEED_DIR... [--timeout-ms N] [--seed N]
//   textpipe-fuzz afl TARGET          (under afl-fuzz, with TextPipe.Core.dll instrumented by the sharpfuzz tool)
//   textpipe-fuzz run TARGET FILE...  (replay inputs, e.g. findings)
if (args.Length == 0 || args[0] == "list")
{
    Console.WriteLine(string.Join('\n', FuzzTargets.All.Keys));
    return 0;
}
if (args.Length < 2 || !FuzzTargets.All.TryGetValue(args[1], out var target))
{
    Console.Error.WriteLine($"textpipe-fuzz: unknown target; targets: {string.Join(", ", FuzzTargets.All.Keys)}");
    return 2;
}
string name = args[1];
switch (args[0])
{
    case "afl":
        SharpFuzz.Fuzzer.OutOfProcess.Run(stream =>
        {
            var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target.Run(buffer.ToArray());
        });
        return 0;
    case "run":
        int failures = 0;
        foreach (string file in args.Skip(2))
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
                Console.WriteLine($"{file}: ok");
            }
            catch (Exception e)
            {
                failures++;
                Console.WriteLine($"{file}: {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
        return failures == 0 ? 0 : 1;
    case "mutate":
        return MutationRun.Run(name, target, args[2..]);
    default:
        Console.Error.WriteLine("textpipe-fuzz: modes are list, mutate, afl, run");
        return 2;
}

/// <summary>
/// Our own mutation loop (no coverage feedback): seeds from the given folders, random mutants, each run on a worker
/// with a time limit. A crash (any exception but a clean refusal) or a hang is saved with its stack trace, once per
/// place in the code. The input in flight is written first, so one that kills the process (a stack overflow) is kept too.
/// </summary>
internal static class MutationRun
{
    public static int Run(string name, Target target, string[] args)
    {
        double seconds = double.Parse(args[0], CultureInfo.InvariantCulture);
        string findings = args[1];
        int timeoutMs = 10_000;
        int randomSeed = Environment.TickCount;
        var folders = new List<string>();
        for (int i = 2; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--timeout-ms": timeoutMs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--seed": randomSeed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: folders.Add(args[i]); break;
            }
        }
        Directory.CreateDirectory(findings);
        var seeds = Seeds(name, target, folders);
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine($"textpipe-fuzz: no seeds for {name} in {string.Join(", ", folders)}");
            return 2;
        }
        string inflight = Path.Combine(findings, $".inflight-{name}");
        var mutator = new Mutator(new Random(randomSeed), seeds);
        var clock = Stopwatch.StartNew();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long executions = 0;
        int crashes = 0;
        int hangs = 0;
        while (clock.Elapsed.TotalSeconds < seconds && hangs < 3)
        {
            byte[] input = executions < seeds.Count ? seeds[(int)executions] : mutator.Next();
            File.WriteAllBytes(inflight, input);
            executions++;
            Exception? error = null;
            var work = Task.Factory.StartNew(() =>
            {
                try
                {
                    target.Run(input);
                }
                catch (Exception e)
                {
                    error = e;
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            if (!work.Wait(timeoutMs))
            {
                hangs++;
                Save(findings, name, "hang", input, $"no answer in {timeoutMs} ms", seen);
                continue;
            }
            if (error is not null)
            {
                string where = TopFrame(error);
                if (Save(findings, name, "crash", input, $"{error.GetType().FullName}: {error.Message}\n{error.StackTrace}", seen, where))
                {
                    crashes++;
                }
            }
        }
        File.Delete(inflight);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"target\":\"{name}\",\"seconds\":{clock.Elapsed.TotalSeconds:0},\"executions\":{executions},\"seeds\":{seeds.Count},\"unique_crashes\":{crashes},\"hangs\":{hangs},\"random_seed\":{randomSeed}}}"));
        return crashes + hangs == 0 ? 0 : 1;
    }

    private static List<byte[]> Seeds(string name, Target target, List<string> folders)
    {
        bool compressed = name is "gzip" or "zstd";
        string[] extensions = compressed ? [".txt", ".md", ".jsonl", ".html", ".csv"] : target.Extensions;
        var files = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => extensions.Contains(Path.GetExtension(f).ToLowerInvariant()) && new FileInfo(f).Length <= 2 << 20)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes);
        return compressed ? [.. files.Select(bytes => Compress(name, bytes))] : [.. files];
    }

    private static byte[] Compress(string kind, byte[] bytes)
    {
        var output = new MemoryStream();
        using (Stream compressor = kind == "gzip"
            ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)
            : new ZstdSharp.CompressionStream(output, 3, leaveOpen: true))
        {
            compressor.Write(bytes);
        }
        return output.ToArray();
    }

    /// <summary>The frame a crash is known by: the first in our code, else the first at all.</summary>
    private static string TopFrame(Exception e)
    {
        var lines = (e.StackTrace ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string frame = lines.FirstOrDefault(l => l.Contains("TextPipe.", StringComparison.Ordinal) && !l.Contains("TextPipe.Fuzz", StringComparison.Ordinal)) ?? lines.FirstOrDefault() ?? "";
        int paren = frame.IndexOf('(', StringComparison.Ordinal);
        return e.GetType().Name + " " + (paren > 0 ? frame[..paren] : frame);
    }

    private static bool Save(string findings, string name, string kind, byte[] input, string details, HashSet<string> seen, string? where = null)
    {
        if (where is not null && !seen.Add(where))
        {
            return false;
        }
        string hash = Convert.ToHexStringLower(SHA256.HashData(input))[..16];
        string stem = Path.Combine(findings, $"{name}-{kind}-{hash}");
        File.WriteAllBytes(stem + ".bin", input);
        File.WriteAllText(stem + ".txt", details + "\n");
        Console.Error.WriteLine($"textpipe-fuzz: {name}: {kind}: {where ?? details} -> {stem}.bin");
        return true;
    }
}
