using System.Diagnostics;
using System.Globalization;
using System.Text;
using TextPipe.Bench.Corpus;
using TextPipe.Conversion;
using TextPipe.Documents;
using TextPipe.Inputs;
using TextPipe.Validation;

namespace TextPipe.Bench;

/// <summary>
/// Precision, recall and speed of <c>check</c>'s near-duplicate rule on a generated corpus: base documents of 3 to 12
/// paragraphs drawn from the repository's own zh/en/fr texts (see <see cref="CorpusSources"/>), and for a share of them
/// an edited copy (words replaced, a sentence dropped, a paragraph added, spacing and case changed, in random
/// measure), shuffled into the set. Truth is the exact Jaccard similarity of the two texts' shingle sets. A pair
/// counts for recall when its true similarity reaches the threshold; a reported pair is correct when its true
/// similarity does. Speed: the whole set through <see cref="CorpusChecker"/> with only the duplicate rules on,
/// beside <c>gzip -6</c> over the same texts as a yardstick.
/// </summary>
internal sealed class NearDupCommand : IBenchCommand
{
    private static readonly string[] Languages = ["zh", "en", "fr"];

    public string Name => "neardup";

    public string Usage => "neardup [--docs 20000] [--copies 0.1] [--threshold 0.8] [--jobs N] [--seed 1] [--root REPO]   (near-duplicate precision/recall and speed)";

    public int Run(IReadOnlyList<string> args)
    {
        int documents = 20000;
        double copies = 0.1;
        double threshold = 0.8;
        int jobs = Environment.ProcessorCount;
        int seed = 1;
        string root = ".";
        for (int i = 0; i + 1 < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--docs": documents = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--copies": copies = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--threshold": threshold = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--jobs": jobs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--root": root = args[i + 1]; break;
                default:
                    Console.Error.WriteLine($"unknown option '{args[i]}'; usage: {Usage}");
                    return 2;
            }
        }
        var corpus = Generate(CorpusSources.Load(root), documents, copies, new Random(seed));
        Console.WriteLine($"corpus: {corpus.Texts.Count} documents ({corpus.Copies.Count} edited copies), {corpus.Texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t)) / 1e6:0.0} MB, seed {seed}, threshold {threshold}, jobs {jobs}");

        var config = CheckRulesFile.Parse(RulesOnlyDuplicates(threshold), ".");
        var clock = Stopwatch.StartNew();
        var reported = new List<(int Copy, int Original)>();
        var index = corpus.Texts.Select((t, i) => (t, i)).ToDictionary(x => DocName(x.i), x => x.i);
        foreach (var outcome in new CorpusChecker(config, jobs).Check(corpus.Texts.Select((text, i) => ConversionResult.Success(new FileInput(DocName(i), DocName(i), DocName(i)), Document(text, DocName(i))))))
        {
            foreach (var finding in outcome.Findings.Where(f => f.RuleId == "near-duplicate"))
            {
                reported.Add((index[outcome.Name], index[finding.Related!]));
            }
        }
        double seconds = clock.Elapsed.TotalSeconds;
        double gzipSeconds = GzipSeconds(corpus.Texts);
        using var self = Process.GetCurrentProcess();
        long peak = self.PeakWorkingSet64;

        double TrueJaccard(int a, int b) => Jaccard(Shingles(corpus.Texts[a]), Shingles(corpus.Texts[b]));
        int correct = reported.Count(p => TrueJaccard(p.Copy, p.Original) >= threshold);
        var planted = corpus.Copies.Select(c => (c.Copy, c.Original, Truth: TrueJaccard(c.Copy, c.Original))).ToList();
        var shouldFind = planted.Where(p => p.Truth >= threshold && p.Truth < 1).ToList();
        var reportedCopies = reported.Select(r => r.Copy).ToHashSet();
        int found = shouldFind.Count(p => reportedCopies.Contains(Math.Max(p.Copy, p.Original)));
        var below = planted.Where(p => p.Truth < threshold).ToList();
        int falseOnBelow = below.Count(p => reported.Contains((Math.Max(p.Copy, p.Original), Math.Min(p.Copy, p.Original))));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"planted pairs: {planted.Count}; at or above {threshold}: {shouldFind.Count}; below: {below.Count}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reported pairs: {reported.Count}; precision {Ratio(correct, reported.Count)} ({correct}/{reported.Count} with true Jaccard ≥ {threshold})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {Ratio(found, shouldFind.Count)} ({found}/{shouldFind.Count} planted pairs at or above the threshold reported)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"planted pairs below the threshold reported: {falseOnBelow}/{below.Count}"));
        foreach (var (low, high) in new[] { (0.6, 0.7), (0.7, 0.8), (0.8, 0.85), (0.85, 0.9), (0.9, 1.0) })
        {
            var band = planted.Where(p => p.Truth >= low && p.Truth < high).ToList();
            int hits = band.Count(p => reported.Contains((Math.Max(p.Copy, p.Original), Math.Min(p.Copy, p.Original))));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  true Jaccard [{low:0.00}, {high:0.00}): {band.Count} pairs, {hits} reported"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speed: {seconds:0.0} s for {corpus.Texts.Count} documents ({corpus.Texts.Count / seconds:0} docs/s); gzip -6 over the same texts {gzipSeconds:0.0} s; ratio check/gzip {seconds / gzipSeconds:0.00}; peak working set {peak / 1e6:0} MB"));
        return 0;
    }

    private static string Ratio(int part, int whole) => whole == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0} %");

    private static string DocName(int i) => string.Create(CultureInfo.InvariantCulture, $"doc{i:000000}.txt");

    private static Document Document(string text, string name) =>
        new(new DocumentMetadata { Source = name, Format = "text", Encoding = "utf-8" }, [.. text.Split("\n\n").Select(p => new Block(BlockKind.Paragraph, p))])
        { Id = name, CharsIn = text.Length };

    private static string RulesOnlyDuplicates(double threshold)
    {
        var builder = new StringBuilder("rules:\n");
        foreach (var rule in CheckCatalog.Default.Descriptors)
        {
            builder.Append(CultureInfo.InvariantCulture, $"  {rule.Id}: off\n");
        }
        return builder.Replace("  near-duplicate: off\n", string.Create(CultureInfo.InvariantCulture, $"  near-duplicate: {{ threshold: {threshold} }}\n"))
            .Replace("  exact-duplicate: off\n", "  exact-duplicate: on\n").ToString();
    }

    private sealed record GeneratedCorpus(List<string> Texts, List<(int Copy, int Original)> Copies);

    private static GeneratedCorpus Generate(CorpusSources sources, int count, double copyShare, Random random)
    {
        var texts = new List<string>(count);
        var copies = new List<(int, int)>();
        int originals = (int)(count / (1 + copyShare));
        for (int i = 0; i < originals; i++)
        {
            var pool = sources.Pools[Languages[random.Next(Languages.Length)]];
            texts.Add(string.Join("\n\n", Enumerable.Range(0, random.Next(3, 13)).Select(_ => pool[random.Next(pool.Count)])));
        }
        while (texts.Count < count)
        {
            int original = random.Next(originals);
            copies.Add((texts.Count, original));
            texts.Add(Edit(texts[original], random, sources));
        }
        // Shuffle so copies come before or after their originals, as in a real repository.
        var order = Enumerable.Range(0, texts.Count).OrderBy(_ => random.Next()).ToArray();
        var position = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }
        return new GeneratedCorpus([.. order.Select(i => texts[i])], [.. copies.Select(c => (position[c.Item1], position[c.Item2]))]);
    }

    /// <summary>A copy changed in random measure: some words replaced, maybe a paragraph dropped or added, spacing and case changed.</summary>
    private static string Edit(string text, Random random, CorpusSources sources)
    {
        var paragraphs = text.Split("\n\n").ToList();
        double intensity = random.NextDouble() * 0.25;
        for (int p = 0; p < paragraphs.Count; p++)
        {
            var chars = paragraphs[p].ToCharArray();
            int edits = (int)(chars.Length * intensity / 6);
            for (int e = 0; e < edits; e++)
            {
                int at = random.Next(chars.Length);
                for (int k = at; k < Math.Min(chars.Length, at + 3); k++)
                {
                    chars[k] = char.IsLetter(chars[k]) ? (char)('a' + random.Next(26)) : chars[k];
                }
            }
            paragraphs[p] = new string(chars);
        }
        if (paragraphs.Count > 3 && random.Next(3) == 0)
        {
            paragraphs.RemoveAt(random.Next(paragraphs.Count));
        }
        if (random.Next(3) == 0)
        {
            var pool = sources.Pools[Languages[random.Next(Languages.Length)]];
            paragraphs.Insert(random.Next(paragraphs.Count + 1), pool[random.Next(pool.Count)]);
        }
        string joined = string.Join("\n\n", paragraphs);
        return random.Next(4) == 0 ? joined.Replace(" ", "  ", StringComparison.Ordinal).ToUpperInvariant() : joined;
    }

    private static HashSet<string> Shingles(string text)
    {
        string normal = MinHasher.Normalise(text);
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 5 <= normal.Length; i++)
        {
            set.Add(normal.Substring(i, 5));
        }
        if (set.Count == 0)
        {
            set.Add(normal);
        }
        return set;
    }

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        int common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    private static double GzipSeconds(List<string> texts)
    {
        string path = Path.Combine(Path.GetTempPath(), $"neardup-{Environment.ProcessId}.txt");
        File.WriteAllText(path, string.Join("\n\n", texts));
        try
        {
            var clock = Stopwatch.StartNew();
            using var gzip = Process.Start(new ProcessStartInfo("gzip", ["-6", "-c", path]) { RedirectStandardOutput = true })!;
            gzip.StandardOutput.BaseStream.CopyTo(Stream.Null);
            gzip.WaitForExit();
            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
