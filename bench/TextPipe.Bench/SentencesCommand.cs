using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TextPipe.Segmentation;

namespace TextPipe.Bench;

/// <summary>
/// Splits every case of the sentence golden-rules benchmark in its language and writes
/// <c>{"id","sentences"}</c> lines for <c>score.py</c>; with <c>--speed FILE...</c> also measures sentences per
/// second over the given texts (each split as one block with no language, as the stage sees undetected text).
/// </summary>
internal sealed class SentencesCommand : IBenchCommand
{
    public string Name => "sentences";

    public string Usage => "sentences GOLDEN.jsonl OUT.jsonl [--speed FILE...]   (predictions for benchmarks/sentences/score.py)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 2)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        var segmenter = SentenceSegmenter.Default;
        int cases = 0;
        using (var writer = new StreamWriter(args[1]))
        {
            foreach (var line in File.ReadLines(args[0]))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string id = root.GetProperty("id").GetString() ?? "";
                string text = root.GetProperty("text").GetString() ?? "";
                string? lang = root.TryGetProperty("lang", out var l) ? l.GetString() : null;
                var sentences = segmenter.Split(text, lang).Select(s => s.Text).ToArray();
                writer.WriteLine(JsonSerializer.Serialize(new Prediction(id, sentences)));
                cases++;
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {cases} predictions to {args[1]}"));

        int speedAt = args.ToList().IndexOf("--speed");
        if (speedAt >= 0)
        {
            MeasureSpeed(segmenter, args.Skip(speedAt + 1).ToList());
        }
        return 0;
    }

    private static void MeasureSpeed(SentenceSegmenter segmenter, List<string> files)
    {
        var texts = files.Select(File.ReadAllText).ToList();
        long chars = texts.Sum(t => (long)t.Length);
        foreach (var text in texts)
        {
            segmenter.Split(text, null);
        }
        var clock = Stopwatch.StartNew();
        long sentences = 0;
        int rounds = 0;
        while (clock.Elapsed.TotalSeconds < 3 || rounds < 3)
        {
            foreach (var text in texts)
            {
                sentences += segmenter.Split(text, null).Count;
            }
            rounds++;
        }
        clock.Stop();
        double seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"speed: {files.Count} files, {chars} chars x {rounds} rounds: {sentences / seconds:F0} sentences/s, {chars * rounds / seconds / 1e6:F1} M chars/s (single thread)"));
    }

    private sealed record Prediction([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("sentences")] string[] Sentences);
}
