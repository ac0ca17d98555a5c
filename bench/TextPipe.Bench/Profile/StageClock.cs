using System.Collections.Concurrent;
using System.Diagnostics;

namespace TextPipe.Bench.Profile;

/// <summary>Elapsed time summed per named part of the pipeline (a stage, a cleanup rule, writing); thread-safe.</summary>
internal sealed class StageClock
{
    private readonly ConcurrentDictionary<string, long> ticks = new();
    private readonly ConcurrentQueue<string> order = new();

    public T Time<T>(string part, Func<T> work)
    {
        long start = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(part, Stopwatch.GetTimestamp() - start);
        }
    }

    public void Time(string part, Action work) => Time(part, () => { work(); return 0; });

    private void Add(string part, long elapsed)
    {
        if (ticks.TryAdd(part, elapsed))
        {
            order.Enqueue(part);
            return;
        }
        ticks.AddOrUpdate(part, elapsed, (_, sum) => sum + elapsed);
    }

    /// <summary>Parts in the order they were first timed, with their summed seconds.</summary>
    public IEnumerable<(string Part, double Seconds)> Totals() =>
        order.Select(part => (part, (double)ticks[part] / Stopwatch.Frequency));
}
