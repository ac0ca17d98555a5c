namespace TextPipe.Conversion;

/// <summary>
/// Maps a sequence on several threads and yields the results in input order, holding at most a small
/// window of results in memory. Output order (and so output bytes) is the same for any degree of parallelism.
/// </summary>
public static class OrderedParallel
{
    public static IEnumerable<TResult> Map<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map, int jobs)
        where TResult : class =>
        Map(source, map, jobs, abandon: null, TimeSpan.Zero);

    /// <summary>
    /// As <see cref="Map{TSource, TResult}(IEnumerable{TSource}, Func{TSource, TResult}, int)"/>, with a watchdog: while
    /// the oldest item is awaited, <paramref name="abandon"/> is asked every <paramref name="poll"/> whether to give up
    /// on it. When it answers with a result, that result is yielded in the item's place, the item's worker slot is
    /// handed to the next item, and the work left running is never awaited again. This is how code that cannot be
    /// interrupted (a parser stuck deep in a hostile input) stops holding the whole batch: .NET cannot abort a thread.
    /// Items then always run on pool threads, even with one job, so the calling thread stays free to give up.
    /// </summary>
    public static IEnumerable<TResult> Map<TSource, TResult>(
        IEnumerable<TSource> source, Func<TSource, TResult> map, int jobs, Func<TSource, TResult?>? abandon, TimeSpan poll)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        return jobs <= 1 && abandon is null ? Inline(source, map) : Windowed(source, map, Math.Max(1, jobs), abandon, poll);
    }

    private static IEnumerable<TResult> Inline<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> map)
    {
        foreach (var item in source)
        {
            yield return map(item);
        }
    }

    private static IEnumerable<TResult> Windowed<TSource, TResult>(
        IEnumerable<TSource> source, Func<TSource, TResult> map, int jobs, Func<TSource, TResult?>? abandon, TimeSpan poll)
        where TResult : class
    {
        // A window of twice the job count keeps every worker busy while a slow item at the head
        // is awaited, and bounds memory to that many documents.
        int window = jobs * 2;
        var slots = new WorkerSlots(jobs);
        var pending = new Queue<Pending<TSource, TResult>>();
        foreach (var item in source)
        {
            if (pending.Count >= window)
            {
                yield return Await(pending.Dequeue(), abandon, poll);
            }
            pending.Enqueue(Pending<TSource, TResult>.Start(item, map, slots));
        }
        while (pending.Count > 0)
        {
            yield return Await(pending.Dequeue(), abandon, poll);
        }
    }

    private static TResult Await<TSource, TResult>(Pending<TSource, TResult> entry, Func<TSource, TResult?>? abandon, TimeSpan poll)
        where TResult : class
    {
        if (abandon is not null)
        {
            while (!entry.WaitFinished(poll))
            {
                if (abandon(entry.Item) is { } instead)
                {
                    entry.ReleaseSlot();
                    return instead;
                }
            }
        }
        entry.WaitFinished(Timeout.InfiniteTimeSpan);
        return entry.Task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// The worker slots: a count that blocks a taker while none is free, handed out in the items' order. Unlike
    /// SemaphoreSlim (and Task.Wait), it never spins before blocking: an item takes milliseconds, so a spinning waiter
    /// only burnt the CPU the workers needed, once per document (about a tenth of the CPU of a one-job run on two cores).
    /// In order, because the thread pool starts tasks in no set order: a later item that took the last slot and then
    /// hung (a reader with no checks) kept the item the batch was waiting for from ever starting, and the watchdog,
    /// which gives up only on an item that has started, waited for it forever.
    /// </summary>
    private sealed class WorkerSlots(int count)
    {
        private readonly object _gate = new();
        private int _free = count;
        private long _nextTicket;
        private long _turn;

        /// <summary>The item's place in the order, taken when it is queued (on the one thread that queues them).</summary>
        public long Ticket() => _nextTicket++;

        public void Take(long ticket)
        {
            lock (_gate)
            {
                while (_free == 0 || ticket != _turn)
                {
                    Monitor.Wait(_gate);
                }
                _free--;
                _turn++;
                Monitor.PulseAll(_gate); // the next in turn may be waiting for its turn only
            }
        }

        public void Give()
        {
            lock (_gate)
            {
                _free++;
                Monitor.PulseAll(_gate);
            }
        }
    }

    /// <summary>One item at work: its task, and its worker slot, released once (by the worker, or by the watchdog that gave up on it).</summary>
    private sealed class Pending<TSource, TResult>
        where TResult : class
    {
        private readonly WorkerSlots slots;
        private readonly object finishedGate = new();
        private int released;
        private bool finished;

        private Pending(TSource item, WorkerSlots slots)
        {
            Item = item;
            this.slots = slots;
        }

        public TSource Item { get; }

        public Task<TResult> Task { get; private set; } = null!;

        public static Pending<TSource, TResult> Start(TSource item, Func<TSource, TResult> map, WorkerSlots slots)
        {
            var entry = new Pending<TSource, TResult>(item, slots);
            long ticket = slots.Ticket();
            entry.Task = System.Threading.Tasks.Task.Run(() =>
            {
                slots.Take(ticket);
                if (Volatile.Read(ref entry.released) != 0)
                {
                    slots.Give(); // given up on before it started: its slot went to the next item already
                    return null!;
                }
                try
                {
                    return map(item);
                }
                finally
                {
                    entry.ReleaseSlot();
                }
            });
            // Signalled once the task has completed (not from inside it), so the result is there to take at once.
            entry.Task.ContinueWith(
                static (_, state) => ((Pending<TSource, TResult>)state!).MarkFinished(),
                entry,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
            return entry;
        }

        /// <summary>Waits up to <paramref name="timeout"/> for the item's task to complete, without spinning; true when it has.</summary>
        public bool WaitFinished(TimeSpan timeout)
        {
            lock (finishedGate)
            {
                if (!finished)
                {
                    Monitor.Wait(finishedGate, timeout);
                }
                return finished;
            }
        }

        private void MarkFinished()
        {
            lock (finishedGate)
            {
                finished = true;
                Monitor.PulseAll(finishedGate);
            }
        }

        public void ReleaseSlot()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Give();
            }
        }
    }
}
