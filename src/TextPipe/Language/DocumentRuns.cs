using System.Runtime.InteropServices;

namespace TextPipe.Language;

/// <summary>
/// The language runs of every block of a document, held by <see cref="LanguageStage"/> until the document's shares
/// are known: one flat list, and where each block's runs start in it. A list per block cost a list object and its
/// array (over 100 bytes) for each of a million one-line blocks; here a block costs its runs and eight bytes.
/// </summary>
internal sealed class DocumentRuns
{
    private readonly List<LanguageRun> _runs = [];
    private readonly int[] _start; // per block: index of its first run, or -1 when the block was not detected
    private readonly int[] _count;

    public DocumentRuns(int blocks)
    {
        _start = new int[blocks];
        _count = new int[blocks];
        Array.Fill(_start, -1);
    }

    /// <summary>Records the runs of <paramref name="block"/>, each guess reduced by <paramref name="keep"/> to what is still needed.</summary>
    public void Add(int block, List<LanguageRun> runs, Func<LanguageGuess, LanguageGuess> keep)
    {
        _start[block] = _runs.Count;
        _count[block] = runs.Count;
        foreach (var run in runs)
        {
            _runs.Add(run with { Guess = keep(run.Guess) });
        }
    }

    /// <summary>Whether <paramref name="block"/> was detected (it is content), even if it had no runs.</summary>
    public bool Has(int block) => _start[block] >= 0;

    /// <summary>The runs of <paramref name="block"/>; valid until the next <see cref="Add"/>.</summary>
    public ReadOnlySpan<LanguageRun> Of(int block) =>
        _start[block] < 0 ? [] : CollectionsMarshal.AsSpan(_runs).Slice(_start[block], _count[block]);
}
