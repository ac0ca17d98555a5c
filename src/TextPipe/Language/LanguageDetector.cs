using System.Collections.Immutable;

namespace TextPipe.Language;

/// <summary>
/// Tells which language a text is in, short text included. The text is split into words of one writing
/// system; scripts written by one known language decide alone (Greek, Hebrew, Hangul, Thai...), Han with kana
/// anywhere in the text is Japanese and without it Chinese (simplified or traditional by its characters), and
/// words of shared scripts (Latin, Cyrillic, Arabic) are scored by character n-gram models plus word-level
/// evidence. Each language's share weighs a Han or kana character like a word. Thread-safe: detection keeps its
/// scratch on the stack of the call.
/// </summary>
public sealed class LanguageDetector
{
    private static readonly Lazy<LanguageModel> EmbeddedModel = new(LanguageModelReader.LoadEmbedded);
    private readonly LanguageModel _model;
    private readonly LanguageDetectorOptions _options;
    private readonly WordBorrowing[] _borrowing;

    private LanguageDetector(LanguageModel model, LanguageDetectorOptions options)
    {
        _model = model;
        _options = options;
        _borrowing = [.. model.Tables.Select(t => WordBorrowing.For(t, model.Languages, options))];
    }

    /// <summary>The detector over the model shipped in this assembly (read once per process, then shared).</summary>
    public static LanguageDetector Load(LanguageDetectorOptions? options = null) =>
        new(EmbeddedModel.Value, options ?? LanguageDetectorOptions.Default);

    /// <summary>Every language code the detector can answer (zh-Hant included).</summary>
    public IReadOnlyList<string> Languages => [.. _model.Languages, "zh-Hant"];

    public LanguageDetectorOptions Options => _options;

    /// <summary>Detects the language of <paramref name="text"/>, answering only with <paramref name="candidates"/> when given.</summary>
    public LanguageGuess Detect(ReadOnlySpan<char> text, LanguageSet? candidates = null)
    {
        var evidence = new ScriptEvidence(_model, _borrowing);
        new EvidenceScanner(_model, _options, evidence).Scan(text);
        return Decide(evidence, candidates);
    }

    private LanguageGuess Decide(ScriptEvidence evidence, LanguageSet? candidates)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string lang, double weight)
        {
            if (weight > 0 && (candidates is null || candidates.Contains(lang)))
            {
                weights[lang] = weights.GetValueOrDefault(lang) + weight;
            }
        }

        string chinese = ChineseVariant(evidence);
        if (evidence.Kana > 0)
        {
            Add("ja", evidence.Kana + evidence.Han);
        }
        else if (candidates is not null && !candidates.Contains("zh") && candidates.Contains("ja"))
        {
            Add("ja", evidence.Han);
        }
        else
        {
            Add(chinese, evidence.Han);
        }
        foreach (var (lang, weight) in evidence.SoleScriptWeights)
        {
            Add(lang, weight);
        }

        GroupVerdict? decisive = null;
        foreach (var group in evidence.Groups)
        {
            if (group.Words == 0)
            {
                continue;
            }
            var verdict = GroupVerdict.Of(group, _model, candidates);
            if (verdict is null)
            {
                continue;
            }
            foreach (var (lang, p) in verdict.Probabilities)
            {
                Add(lang, group.Words * p);
            }
            if (decisive is null || group.Words > decisive.Words)
            {
                decisive = verdict;
            }
        }

        double total = weights.Values.Sum();
        if (total <= 0)
        {
            return LanguageGuess.None;
        }
        var ranking = weights
            .Select(kv => new LanguageScore(kv.Key, kv.Value / total))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Lang, StringComparer.Ordinal)
            .ToImmutableArray();
        var top = ranking[0];
        if (decisive is not null && decisive.Contains(top.Lang) && !IsDecided(decisive))
        {
            return new LanguageGuess(LanguageGuess.Undetermined, top.Score, ranking) { Evidence = total };
        }
        return new LanguageGuess(top.Lang, top.Score, ranking) { Evidence = total };
    }

    private bool IsDecided(GroupVerdict verdict) =>
        verdict.Letters >= _options.MinimumLetters && verdict.BestProbability >= _options.MinimumProbability;

    private static string ChineseVariant(ScriptEvidence evidence) =>
        evidence.TraditionalHan > evidence.SimplifiedHan ? "zh-Hant"
        : evidence.SimplifiedHan > evidence.TraditionalHan ? "zh-Hans"
        : "zh";
}

/// <summary>The languages of one shared script, as posterior probabilities from their scores.</summary>
internal sealed class GroupVerdict
{
    private GroupVerdict(List<(string Lang, double P)> probabilities, int words, int letters)
    {
        Probabilities = probabilities;
        Words = words;
        Letters = letters;
    }

    public List<(string Lang, double P)> Probabilities { get; }

    public int Words { get; }

    public int Letters { get; }

    public double BestProbability => Probabilities.Count == 0 ? 0 : Probabilities.Max(p => p.P);

    public bool Contains(string lang) => Probabilities.Exists(p => p.Lang == lang);

    public static GroupVerdict? Of(GroupEvidence group, LanguageModel model, LanguageSet? candidates)
    {
        var langs = group.Table.Languages;
        var scored = new List<(string Lang, double Score)>(langs.Length);
        for (int i = 0; i < langs.Length; i++)
        {
            string lang = model.Languages[langs[i]];
            if (candidates is null || candidates.Contains(lang))
            {
                scored.Add((lang, group.Score(i)));
            }
        }
        if (scored.Count == 0)
        {
            return null;
        }
        double best = scored.Max(s => s.Score);
        double sum = scored.Sum(s => Math.Exp(s.Score - best));
        var probabilities = scored.Select(s => (s.Lang, Math.Exp(s.Score - best) / sum)).ToList();
        return new GroupVerdict(probabilities, group.Words, group.Letters);
    }
}
