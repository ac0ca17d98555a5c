namespace TextPipe.Conversion;

/// <summary>
/// The time one document may take (<c>--timeout-per-doc</c>): a token that is cancelled when the time is up, which
/// the pipeline's loops check, so a pathological input becomes an error instead of a hang.
/// </summary>
internal sealed class DocumentBudget : IDisposable
{
    private readonly CancellationTokenSource? source;

    private DocumentBudget(TimeSpan limit)
    {
        if (limit != Timeout.InfiniteTimeSpan)
        {
            source = new CancellationTokenSource(limit);
        }
    }

    /// <summary>Starts the clock; <see cref="Timeout.InfiniteTimeSpan"/> means no limit.</summary>
    public static DocumentBudget Start(TimeSpan limit) => new(limit);

    public CancellationToken Token => source?.Token ?? CancellationToken.None;

    /// <summary>The time is up (the token was cancelled by the clock, the only one that cancels it).</summary>
    public bool Expired => source?.IsCancellationRequested == true;

    /// <summary>The error of a document over <paramref name="limit"/>, naming the option that sets it.</summary>
    public static string OverLimit(TimeSpan limit) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"took longer than {limit.TotalSeconds:0.###} s, the limit per document (--timeout-per-doc); stopped");

    /// <summary>How long past its limit a document that does not stop (code with no cancellation checks) is left to run before the batch gives up on it.</summary>
    public static TimeSpan GiveUpAfter(TimeSpan limit) => limit + TimeSpan.FromTicks(Math.Min(limit.Ticks / 2, TimeSpan.FromSeconds(2).Ticks));

    public void Dispose() => source?.Dispose();
}
