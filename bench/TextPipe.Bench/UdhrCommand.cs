using System.Globalization;
using System.Text.Json;
using TextPipe.Language;

namespace TextPipe.Bench;

/// <summary>
/// The UDHR extract (tests/TextPipe.Tests/Language/udhr-articles.jsonl, built by data/scripts/extract-udhr.py):
/// how often a language outside the detector's 31 still gets one of their labels (it should get <c>und</c>), and
/// how often a supported language gets its right one. Each declaration's articles 1-3 are one text; with
/// <c>--paragraphs</c> each paragraph is one text as well (shorter, harder).
/// </summary>
internal sealed class UdhrCommand : IBenchCommand
{
    public string Name => "udhr";

    public string Usage => "udhr UDHR_JSONL [--paragraphs] [--show N] [--min-familiarity P]   (unsupported-label rate and supported accuracy)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 1)
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        int showAt = args.ToList().IndexOf("--show");
        int show = showAt >= 0 && showAt + 1 < args.Count ? int.Parse(args[showAt + 1], CultureInfo.InvariantCulture) : 20;
        int familiarityAt = args.ToList().IndexOf("--min-familiarity");
        var options = familiarityAt >= 0 && familiarityAt + 1 < args.Count
            ? LanguageDetectorOptions.Default with { MinimumFamiliarity = double.Parse(args[familiarityAt + 1], CultureInfo.InvariantCulture) }
            : LanguageDetectorOptions.Default;
        var detector = LanguageDetector.Load(options);
        var rows = File.ReadLines(args[0]).Select(line => JsonSerializer.Deserialize<UdhrRow>(line)!).ToList();
        Report("articles 1-3 as one text", rows.Select(r => (r, string.Join("\n", r.paragraphs))), detector, show);
        if (args.Contains("--paragraphs"))
        {
            Report("each paragraph alone", rows.SelectMany(r => r.paragraphs.Select(p => (r, p))), detector, show);
        }
        return 0;
    }

    private static void Report(string title, IEnumerable<(UdhrRow Row, string Text)> items, LanguageDetector detector, int show)
    {
        int unsupported = 0, labelled = 0, supported = 0, right = 0;
        var leaks = new List<string>();
        var misses = new List<string>();
        foreach (var (row, text) in items)
        {
            var guess = detector.Detect(text);
            string primary = guess.Lang.Split('-')[0];
            if (row.accept.Length == 0)
            {
                unsupported++;
                if (guess.IsDetermined)
                {
                    labelled++;
                    leaks.Add(string.Create(CultureInfo.InvariantCulture, $"{row.lang} ({row.name}) -> {guess.Lang} {guess.Confidence:F2}"));
                }
            }
            else
            {
                supported++;
                if (row.accept.Contains(primary))
                {
                    right++;
                }
                else
                {
                    misses.Add(string.Create(CultureInfo.InvariantCulture, $"{row.lang} ({row.name}) -> {guess.Lang} (best {guess.BestGuess}, familiarity {guess.Familiarity:F2})"));
                }
            }
        }
        Console.WriteLine($"{title}:");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  unsupported languages given a supported label: {labelled}/{unsupported} = {100.0 * labelled / Math.Max(1, unsupported):F2} %"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  supported languages given their right label:  {right}/{supported} = {100.0 * right / Math.Max(1, supported):F2} %"));
        foreach (string leak in leaks.Take(show))
        {
            Console.WriteLine($"    leak: {leak}");
        }
        foreach (string miss in misses.Take(show))
        {
            Console.WriteLine($"    miss: {miss}");
        }
    }

#pragma warning disable IDE1006, CA1812 // JSON field names; instantiated by the deserializer
    private sealed record UdhrRow(string lang, string iso6393, string name, string[] accept, string[] paragraphs);
#pragma warning restore IDE1006, CA1812
}
