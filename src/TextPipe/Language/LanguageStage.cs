using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Pipeline;

namespace TextPipe.Language;

/// <summary>
/// Fills in languages: each content block's <see cref="Block.Lang"/> (and <see cref="Block.Spans"/> when it mixes
/// languages, e.g. English fragments in a Chinese transcript), each sentence's language when the block is already
/// split, and the document's main language, confidence and shares (<see cref="Document.Langs"/>, weighing a Han
/// character like a Latin word). With a candidate set (<c>--langs zh,en,fr</c>) only those languages are answered.
/// Page furniture is left alone. Pure and thread-safe.
/// </summary>
public sealed class LanguageStage : IDocumentStage
{
    /// <summary>Shares below this are noise (a stray word) and are left out of <see cref="Document.Langs"/>.</summary>
    private const double MinimumShare = 0.01;
    private readonly LanguageDetector _detector;

    public LanguageStage(LanguageDetector detector, LanguageSet? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(detector);
        _detector = detector;
        Candidates = candidates;
    }

    public string Name => "language";

    /// <summary>The languages answers are restricted to, or null for all the detector knows.</summary>
    public LanguageSet? Candidates { get; }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The record says when detection was restricted, so a reader of the output knows `lang` could
        // only be one of these.
        document = document with { LangCandidates = Candidates is null ? [] : [.. Candidates.Codes.Order(StringComparer.Ordinal)] };
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var blocks = ImmutableArray.CreateBuilder<Block>(document.Blocks.Length);
        foreach (var block in document.Blocks)
        {
            blocks.Add(block.IsContent ? Label(block, weights) : block);
        }

        double total = weights.Values.Sum();
        if (total <= 0)
        {
            return document with { Blocks = blocks.MoveToImmutable(), Lang = LanguageGuess.Undetermined, LangConfidence = 0, Langs = ImmutableSortedDictionary<string, double>.Empty };
        }
        var shares = weights.Where(kv => kv.Value / total >= MinimumShare).ToList();
        double kept = shares.Sum(kv => kv.Value);
        var langs = shares.ToImmutableSortedDictionary(kv => kv.Key, kv => Math.Round(kv.Value / kept, 4), StringComparer.Ordinal);
        var top = shares.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return document with
        {
            Blocks = blocks.MoveToImmutable(),
            Lang = top.Key,
            LangConfidence = Math.Round(top.Value / total, 4),
            Langs = langs,
        };
    }

    private Block Label(Block block, Dictionary<string, double> documentWeights)
    {
        var runs = LanguageRuns.Split(block.Text, _detector, Candidates);
        var blockWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var run in runs.Where(r => r.Guess.IsDetermined))
        {
            blockWeights[run.Guess.Lang] = blockWeights.GetValueOrDefault(run.Guess.Lang) + run.Guess.Evidence;
        }
        foreach (var (code, weight) in blockWeights)
        {
            documentWeights[code] = documentWeights.GetValueOrDefault(code) + weight;
        }

        string lang = blockWeights.Count == 0
            ? _detector.Detect(block.Text, Candidates).Lang
            : blockWeights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        var spans = blockWeights.Count > 1
            ? runs.Select(r => new LanguageSpan(r.Offset, r.Length, r.Guess.Lang)).ToImmutableArray()
            : [];
        var sentences = block.Sentences.Select(s => s with { Lang = SentenceLanguage(s, lang) }).ToImmutableArray();
        return block with { Lang = lang, Spans = spans, Sentences = sentences };
    }

    /// <summary>A sentence too short to call on its own (a number, "OK.") takes its block's language.</summary>
    private string SentenceLanguage(Sentence sentence, string blockLang)
    {
        var guess = _detector.Detect(sentence.Text, Candidates);
        return guess.IsDetermined ? guess.Lang : blockLang;
    }
}
