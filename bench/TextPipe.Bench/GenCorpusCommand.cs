using System.Globalization;
using System.Text.Json;
using TextPipe.Bench.Corpus;

namespace TextPipe.Bench;

/// <summary>
/// Writes a reproducible mixed zh/en/fr JSONL corpus (<c>{"id","text"}</c> a line, no language hint, so identification runs) of about the asked size for
/// the throughput bench: documents of 3 to 20 paragraphs from one language's pool, each paragraph possibly
/// noisy. The same seed and sources give the same bytes.
/// </summary>
internal sealed class GenCorpusCommand : IBenchCommand
{
    private static readonly string[] Languages = ["zh", "en", "fr"];

    public string Name => "gencorpus";

    public string Usage => "gencorpus OUT.jsonl [--mb 64] [--seed 1] [--root REPO]   (mixed zh/en/fr corpus with cleanup noise)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args.Count % 2 == 0)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        double megabytes = 64;
        int seed = 1;
        string root = ".";
        for (int i = 1; i < args.Count; i += 2)
        {
            switch (args[i])
            {
                case "--mb": megabytes = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--root": root = args[i + 1]; break;
                default:
                    Console.Error.WriteLine($"unknown option '{args[i]}'; usage: {Usage}");
                    return 2;
            }
        }
        var sources = CorpusSources.Load(root);
        long target = (long)(megabytes * 1024 * 1024);
        int documents = Write(args[0], sources, seed, target);
        Console.Error.WriteLine($"{args[0]}: {documents} documents, {new FileInfo(args[0]).Length} bytes (seed {seed})");
        return 0;
    }

    private static int Write(string path, CorpusSources sources, int seed, long targetBytes)
    {
        var random = new Random(seed);
        var noise = new CorpusNoise(random);
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        int count = 0;
        while (stream.Position < targetBytes)
        {
            string language = Languages[random.Next(Languages.Length)];
            var pool = sources.Pools[language];
            int paragraphs = random.Next(3, 21);
            var text = new List<string>(paragraphs);
            for (int p = 0; p < paragraphs; p++)
            {
                text.Add(noise.Apply(pool[random.Next(pool.Count)]));
            }
            json.WriteStartObject();
            json.WriteString("id", $"g{seed}-{count:D7}");
            json.WriteString("text", string.Join("\n\n", text));
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset(stream);
            count++;
        }
        return count;
    }
}
