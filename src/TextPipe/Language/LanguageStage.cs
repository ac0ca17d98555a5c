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

    public Document Process(Document document) => ProcessChecking(document, CancellationToken.None);

    /// <inheritdoc cref="Process(Document)"/>
    /// <remarks>Checks <paramref name="cancellationToken"/> before each block.</remarks>
    public Document ProcessChecking(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The record says when detection was restricted, so a reader of the output knows `lang` could
        // only be one of these.
        document = document with { LangCandidates = Candidates is null ? [] : [.. Candidates.Codes.Order(StringComparer.Ordinal)] };
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var runsPerBlock = new DocumentRuns(document.Blocks.Length);
        for (int b = 0; b < document.Blocks.Length; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var block = document.Blocks[b];
            if (block.IsContent)
            {
                // Held until every block is read: only what the labelling below still asks of each guess.
                runsPerBlock.Add(b, LanguageRuns.Split(block.Text, _detector, Candidates));
                if (CountsForDocument(block))
                {
                    AddWeights(runsPerBlock.Of(b), weights);
                }
            }
        }

        double total = weights.Values.Sum();
        if (total <= 0)
        {
            var none = new DocumentPrior(new Dictionary<string, double>());
            return document with { Blocks = LabelAll(document.Blocks, runsPerBlock, none), Lang = LanguageGuess.Undetermined, LangConfidence = 0, Langs = ImmutableSortedDictionary<string, double>.Empty };
        }
        var prior = new DocumentPrior(weights.ToDictionary(kv => kv.Key, kv => kv.Value / total, StringComparer.Ordinal));
        var blocks = LabelAll(document.Blocks, runsPerBlock, prior);

        // The shares again, now that short blocks have taken the document's language: a heading read as French
        // in an English document should not leave French in the shares. The fits of each language's runs add up,
        // so that the main language's confidence is judged on all its text at once (see Familiarity).
        weights.Clear();
        var fits = new Dictionary<string, ModelFit>(StringComparer.Ordinal);
        for (int b = 0; b < blocks.Length; b++)
        {
            if (!runsPerBlock.Has(b) || !CountsForDocument(blocks[b]))
            {
                continue;
            }
            var runs = runsPerBlock.Of(b);
            string? lang = blocks[b].Lang;
            if (blocks[b].Spans.IsDefaultOrEmpty && lang is not null && lang != LanguageGuess.Undetermined)
            {
                // A one-language block counts all its evidence for the language it was given.
                double evidence = 0;
                foreach (var run in runs)
                {
                    if (run.IsDetermined)
                    {
                        evidence += run.Evidence;
                    }
                }
                if (evidence > 0)
                {
                    weights[lang] = weights.GetValueOrDefault(lang) + evidence;
                }
            }
            else
            {
                AddWeights(runs, weights);
            }
            AddFits(runs, runsPerBlock, fits);
        }
        total = weights.Values.Sum();
        var shares = weights.Where(kv => kv.Value / total >= MinimumShare).ToList();
        double kept = shares.Sum(kv => kv.Value);
        var langs = shares.ToImmutableSortedDictionary(kv => kv.Key, kv => Math.Round(kv.Value / kept, 4), StringComparer.Ordinal);
        var top = shares.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return document with
        {
            Blocks = blocks,
            Lang = top.Key,
            LangConfidence = top.Key == LanguageGuess.Undetermined ? 0
                : Math.Round(top.Value / total * (fits.TryGetValue(top.Key, out var fit) ? Familiarity.Probability(fit) : 1), 4),
            Langs = langs,
        };
    }

    /// <summary>
    /// Code is labelled like any block but says nothing about the document's language: a README whose licence
    /// sits in a code block is English, not <c>und</c>.
    /// </summary>
    private static bool CountsForDocument(Block block) => block.Kind != BlockKind.Code;

    /// <summary>
    /// Adds each run's evidence to its language; text in a language the detector does not know counts for
    /// <c>und</c>, so that a Telugu document with one English acronym is not English.
    /// </summary>
    private static void AddWeights(ReadOnlySpan<KeptRun> runs, Dictionary<string, double> weights)
    {
        foreach (var run in runs)
        {
            if (run.IsDetermined || run.IsUnknownLanguage)
            {
                weights[run.Lang] = weights.GetValueOrDefault(run.Lang) + run.Evidence;
            }
        }
    }

    /// <summary>Sums the model fits of the determined runs per language (a fit's counts and log-likelihood add up).</summary>
    private static void AddFits(ReadOnlySpan<KeptRun> runs, DocumentRuns runsPerBlock, Dictionary<string, ModelFit> fits)
    {
        foreach (var run in runs)
        {
            // Kept only for a determined run whose fit is its own language's.
            if (runsPerBlock.FitOf(run) is not { } fit)
            {
                continue;
            }
            fits[fit.Lang] = fits.TryGetValue(fit.Lang, out var sum)
                ? sum with { Characters = sum.Characters + fit.Characters, LogLikelihood = sum.LogLikelihood + fit.LogLikelihood, Words = sum.Words + fit.Words, KnownWords = sum.KnownWords + fit.KnownWords }
                : fit;
        }
    }

    private ImmutableArray<Block> LabelAll(ImmutableArray<Block> blocks, DocumentRuns runsPerBlock, DocumentPrior prior)
    {
        var labelled = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        for (int b = 0; b < blocks.Length; b++)
        {
            labelled.Add(runsPerBlock.Has(b) ? Label(blocks[b], runsPerBlock.Of(b), runsPerBlock, prior) : blocks[b]);
        }
        return labelled.MoveToImmutable();
    }

    private Block Label(Block block, ReadOnlySpan<KeptRun> runs, DocumentRuns runsPerBlock, DocumentPrior prior)
    {
        var blockWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        AddWeights(runs, blockWeights);

        // A block of one language with little evidence (a heading, a one-word answer) is read in the light of
        // the document around it; a mixed block keeps what its runs say.
        double evidence = blockWeights.Values.Sum();
        string lang = blockWeights.Count == 0 || (blockWeights.Count == 1 && evidence <= DocumentPrior.ShortEvidence)
            ? DecideWholeBlock(block, runs, runsPerBlock, prior)
            : blockWeights.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
        var spans = ImmutableArray<LanguageSpan>.Empty;
        if (blockWeights.Count > 1)
        {
            var builder = ImmutableArray.CreateBuilder<LanguageSpan>(runs.Length);
            foreach (var run in runs)
            {
                builder.Add(new LanguageSpan(run.Offset, run.Length, run.Lang));
            }
            spans = builder.MoveToImmutable();
        }
        var sentences = block.Sentences.Select(s => s with { Lang = SentenceLanguage(s, lang, prior) }).ToImmutableArray();
        return block with { Lang = lang, Spans = spans, Sentences = sentences };
    }

    /// <summary>
    /// The language of a block of one language with little evidence, from what the detector says of the whole block in
    /// the light of the document: a block of one run has already been detected.
    /// </summary>
    private string DecideWholeBlock(Block block, ReadOnlySpan<KeptRun> runs, DocumentRuns runsPerBlock, DocumentPrior prior) => runs.Length switch
    {
        0 => prior.Decide(LanguageGuess.None),
        1 => prior.Decide(runs[0].Lang, runs[0].Evidence, runsPerBlock.ContendersOf(runs[0])),
        _ => prior.Decide(_detector.Detect(block.Text, Candidates)),
    };

    /// <summary>A sentence too short to call on its own (a number, "OK.") takes its block's language; a short one is read with the document prior.</summary>
    private string SentenceLanguage(Sentence sentence, string blockLang, DocumentPrior prior)
    {
        var guess = _detector.Detect(sentence.Text, Candidates);
        return guess.IsDetermined ? prior.Decide(guess) : blockLang;
    }
}
