using System.Runtime.InteropServices;

namespace TextPipe.Language;

/// <summary>
/// The language runs of every block of a document, held by <see cref="LanguageStage"/> until the document's shares
/// are known: one flat list of <see cref="KeptRun"/> structs and where each block's runs start in it, with the runs'
/// fits and surviving candidates in two more flat lists. A list per block, or a guess object per run, cost over 100
/// bytes for each of a million one-line blocks; here a run costs 40 bytes and a block eight more.
/// </summary>
internal sealed class DocumentRuns
{
    private readonly List<KeptRun> _runs = [];
    private readonly List<FitCounts> _fits = [];
    private readonly List<LanguageScore> _contenders = [];
    private readonly int[] _start; // per block: index of its first run, or -1 when the block was not detected
    private readonly int[] _count;

    public DocumentRuns(int blocks)
    {
        _start = new int[blocks];
        _count = new int[blocks];
        Array.Fill(_start, -1);
    }

    /// <summary>Records the runs of <paramref name="block"/>, each reduced to what the labelling still reads of it.</summary>
    public void Add(int block, List<LanguageRun> runs)
    {
        _start[block] = _runs.Count;
        _count[block] = runs.Count;
        foreach (var run in runs)
        {
            var guess = run.Guess;
            int fit = -1;
            // Only a determined run's fit for its own language is summed for the document (LanguageStage.AddFits).
            if (guess.IsDetermined && guess.Fit is { } counts && counts.Lang == guess.Lang)
            {
                fit = _fits.Count;
                _fits.Add(new FitCounts(counts.Characters, counts.LogLikelihood, counts.Words, counts.KnownWords));
            }
            int rankingStart = _contenders.Count;
            DocumentPrior.AddContenders(guess, _contenders);
            _runs.Add(new KeptRun(run.Offset, run.Length, guess.Lang, guess.Evidence, guess.IsUnknownLanguage, fit, rankingStart, _contenders.Count - rankingStart));
        }
    }

    /// <summary>Whether <paramref name="block"/> was detected (it is content), even if it had no runs.</summary>
    public bool Has(int block) => _start[block] >= 0;

    /// <summary>The runs of <paramref name="block"/>; valid until the next <see cref="Add"/>.</summary>
    public ReadOnlySpan<KeptRun> Of(int block) =>
        _start[block] < 0 ? [] : CollectionsMarshal.AsSpan(_runs).Slice(_start[block], _count[block]);

    /// <summary>The fit of <paramref name="run"/>'s language to its text, or null when it has none that counts.</summary>
    public ModelFit? FitOf(KeptRun run)
    {
        if (run.Fit < 0)
        {
            return null;
        }
        var counts = _fits[run.Fit];
        return new ModelFit(run.Lang, counts.Characters, counts.LogLikelihood, counts.Words, counts.KnownWords);
    }

    /// <summary>The candidates of <paramref name="run"/>'s ranking that a document prior could still make win, best first.</summary>
    public ReadOnlySpan<LanguageScore> ContendersOf(KeptRun run) =>
        CollectionsMarshal.AsSpan(_contenders).Slice(run.RankingStart, run.RankingCount);
}
