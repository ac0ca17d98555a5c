using System.Diagnostics;

namespace TextPipe.Conversion;

/// <summary>
/// One unit of a batch's work (a document, or a chunk of dataset rows) and the clock of the document it is on,
/// which the batch's watchdog reads from another thread to give up on a document that overran its time and does not stop.
/// </summary>
internal sealed class WorkUnit(Func<WorkUnit, IEnumerable<ConversionResult>> run, Func<WorkUnit, int, IEnumerable<ConversionResult>> giveUp)
{
    private Running? running;
    private volatile bool abandoned;

    public IEnumerable<ConversionResult> Run() => run(this);

    /// <summary>The watchdog gave up on this unit: the worker, if it ever comes back, starts no further document.</summary>
    public bool Abandoned => abandoned;

    /// <summary>Document <paramref name="index"/> of the unit starts now.</summary>
    public void Started(int index) => Volatile.Write(ref running, new Running(index, Stopwatch.GetTimestamp()));

    public void Finished() => Volatile.Write(ref running, null);

    /// <summary>When the document at work has run longer than <paramref name="limit"/>: the results to report instead of the unit's.</summary>
    public IEnumerable<ConversionResult>? GiveUpIfOver(TimeSpan limit)
    {
        var now = Volatile.Read(ref running);
        if (now is null || Stopwatch.GetElapsedTime(now.Started) <= limit)
        {
            return null;
        }
        abandoned = true;
        return giveUp(this, now.Index);
    }

    private sealed record Running(int Index, long Started);
}
