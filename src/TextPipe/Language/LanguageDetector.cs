using System.Collections.Immutable;
using System.Runtime.InteropServices;

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
        // The models and word lists hold composed letters (ễ, not e + ̂ + ̃): decomposed text (copied from a Mac
        // file name, some PDFs) would lose its words' context and every word-list match.
        if (text.IndexOfAnyInRange('\u0300', '\u036F') >= 0 && !TextPipe.Text.StreamSafeNormalization.IsNormalized(text, System.Text.NormalizationForm.FormC))
        {
            text = TextPipe.Text.StreamSafeNormalization.Normalize(text.ToString(), System.Text.NormalizationForm.FormC);
        }
        var evidence = new ScriptEvidence(_model, _borrowing);
        new EvidenceScanner(_model, _options, evidence).Scan(text);
        return Decide(evidence, candidates);
    }

    private LanguageGuess Decide(ScriptEvidence evidence, LanguageSet? candidates)
    {
        // Sized for every language at once: the table then never grows while a run is scored. (A dictionary without
        // removals enumerates in insertion order whatever its size, so the sum below adds in the same order.)
        var weights = new Dictionary<string, double>(_model.Languages.Length + 1, StringComparer.Ordinal);
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
            return evidence.UnknownScriptWeight > 0
                ? LanguageGuess.None with { Familiarity = 0, IsUnknownLanguage = true, Evidence = evidence.UnknownScriptWeight }
                : LanguageGuess.None;
        }
        var ranking = Ranking(weights, total);
        var top = ranking[0];
        var fit = FitOf(top.Lang, evidence, decisive);
        // Letters of scripts no known language writes count as evidence of an unknown language, against the
        // known one; the fit of the known language's data says how likely its own words are to be it.
        double familiarity = (fit is null ? 1 : Familiarity.Probability(fit)) * (total / (total + evidence.UnknownScriptWeight));
        // A close relative the detector does not know (Galician for Spanish) fits the n-grams as well as the
        // language itself; its words decide. The familiarity is capped by the share of the distinctive words that are
        // the supported language's, so a text whose distinctive words are mostly the rival's is und.
        var tally = RivalTallyOf(top.Lang, evidence, decisive);
        var rival = _options.MinimumRivalWords > 0 && tally is not null ? StrongestRival(top.Lang, tally) : null;
        bool rivalWins = rival is { OwnShare: < 0.5 };
        if (rival is not null)
        {
            familiarity = Math.Min(familiarity, rival.OwnShare);
        }
        double confidence = top.Score * familiarity;
        // One or two letters ("A", "ok") are too short to call, not evidence of an unknown language.
        bool enoughToJudge = fit is null || (fit.Characters == 0 ? fit.Words >= 2 : decisive!.Letters >= _options.MinimumLetters);
        if ((familiarity < _options.MinimumFamiliarity || rivalWins) && enoughToJudge)
        {
            return new LanguageGuess(LanguageGuess.Undetermined, confidence, ranking)
            {
                Evidence = total + evidence.UnknownScriptWeight, Familiarity = familiarity, Fit = fit, IsUnknownLanguage = true,
                Rival = rivalWins ? rival!.Rival : null, RivalEvidence = rival,
            };
        }
        string answer = decisive is not null && decisive.Contains(top.Lang) && !IsDecided(decisive) ? LanguageGuess.Undetermined : top.Lang;
        return new LanguageGuess(answer, confidence, ranking) { Evidence = total, Familiarity = familiarity, Fit = fit, RivalEvidence = rival };
    }

    /// <summary>
    /// The languages by falling share of the weight, ties by code. Languages are distinct, so the order is total
    /// and an in-place sort gives what a stable LINQ ordering did, without its per-run iterators and buffers.
    /// </summary>
    private static ImmutableArray<LanguageScore> Ranking(Dictionary<string, double> weights, double total)
    {
        var scores = new LanguageScore[weights.Count];
        int n = 0;
        foreach (var (lang, weight) in weights)
        {
            scores[n++] = new LanguageScore(lang, weight / total);
        }
        Array.Sort(scores, static (a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(a.Lang, b.Lang);
        });
        return ImmutableCollectionsMarshal.AsImmutableArray(scores);
    }

    /// <summary>
    /// How well <paramref name="lang"/>'s data fits the text: the n-gram group with the most words when it is that
    /// group's language, else the frequent-word check of a shared sole script (Devanagari, Bengali); null
    /// when there is nothing to check (Han, Hangul, Greek, Thai).
    /// </summary>
    private ModelFit? FitOf(string lang, ScriptEvidence evidence, GroupVerdict? decisive)
    {
        if (decisive is not null && decisive.Contains(lang))
        {
            var group = decisive.Group;
            int i = Array.IndexOf(group.Table.Languages, _model.LanguageIndex(lang));
            double logLikelihood = group.NGramScores[i] - (Familiarity.UnseenLetterCost * group.UnseenLetters);
            return new ModelFit(lang, group.ScoredCharacters, logLikelihood, group.ScoredWords, group.KnownWords[i]);
        }
        return evidence.SoleScriptWords.TryGetValue(lang, out var words) ? new ModelFit(lang, 0, 0, words.Words, words.Known) : null;
    }

    /// <summary>
    /// Where the words of <paramref name="lang"/>'s script were counted against its rivals: the n-gram group with the
    /// most words when it is that group's language, the sole-script tally when the language's script is its own
    /// (Hebrew, against Yiddish); null when neither.
    /// </summary>
    private static RivalTally? RivalTallyOf(string lang, ScriptEvidence evidence, GroupVerdict? decisive) =>
        decisive is not null && decisive.Contains(lang) ? decisive.Group.Rivals
        : evidence.SoleScriptWeights.ContainsKey(lang) ? evidence.SoleScriptRivals
        : null;

    /// <summary>
    /// The rival of <paramref name="lang"/> with the most distinctive words in the text, when it has at least
    /// <see cref="LanguageDetectorOptions.MinimumRivalWords"/> of them: its code, the counts, and the share of the
    /// distinctive words (the rival's alone or the language's alone) that are the language's, with one of each added
    /// (Laplace), so that a few words weigh little.
    /// </summary>
    private RivalEvidence? StrongestRival(string lang, RivalTally tally)
    {
        var rivals = _model.Rivals;
        int target = _model.LanguageIndex(lang);
        RivalEvidence? strongest = null;
        for (int r = 0; r < rivals.Count; r++)
        {
            int rivalWords = tally.RivalOnlyWords[r];
            if (rivals.Targets[r] != target || rivalWords < _options.MinimumRivalWords)
            {
                continue;
            }
            var candidate = new RivalEvidence(rivals.Rivals[r], rivalWords, tally.TargetOnlyWords[r]);
            if (strongest is null || candidate.OwnShare < strongest.OwnShare)
            {
                strongest = candidate;
            }
        }
        return strongest;
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
    private GroupVerdict(GroupEvidence group, List<(string Lang, double P)> probabilities)
    {
        Group = group;
        Probabilities = probabilities;
        Words = group.Words;
        Letters = group.Letters;
    }

    public GroupEvidence Group { get; }

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
        return new GroupVerdict(group, probabilities);
    }
}
