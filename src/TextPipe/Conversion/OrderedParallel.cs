namespace TextPipe.Conversion;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order, holding at most a small
/// window of results in memory. Output order (and so output bytes) is the same for any degree of parallelism.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TResult> Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int jobs)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        if (jobs <= 1)
        {
            foreach (var item in source)
            {
                yield return map(item);
            }
            yield break;
        }

        // A window of twice the job count keeps every worker busy while a slow item at the head
        // is awaited, and bounds memory to that many documents.
        int window = jobs * 2;
        using var slots = new SemaphoreSlim(jobs);
        var pending = new Queue<Task<TResult>>();
        foreach (var item in source)
        {
            if (pending.Count >= window)
            {
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
            var captured = item;
            pending.Enqueue(Task.Run(() =>
            {
                slots.Wait();
                try
                {
                    return map(captured);
                }
                finally
                {
                    slots.Release();
                }
            }));
        }
        while (pending.Count > 0)
        {
            yield return pending.Dequeue().GetAwaiter().GetResult();
        }
    }
}
