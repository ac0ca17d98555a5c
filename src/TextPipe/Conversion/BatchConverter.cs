using TextPipe.Documents;
using TextPipe.Inputs;
using TextPipe.Pipeline;
using TextPipe.Readers;
using TextPipe.Readers.Datasets;

namespace TextPipe.Conversion;

/// <summary>
/// Reads each input, runs the pipeline on it, and yields the results in input order, on
/// <paramref name="jobs"/> threads. One bad input becomes a failed result; the batch goes on.
/// A dataset input (JSONL, CSV: a document per row) yields a result per row: its rows are found in order on
/// the calling thread and go to the workers in chunks, so a dataset of any size streams through in bounded
/// memory, in row order, with the same output for any job count. A bad row is a failed result naming its line.
/// Standard input comes in through <paramref name="openStandardInput"/> so the library never touches the console.
/// </summary>
public sealed class BatchConverter(DocumentLoader loader, DocumentPipeline pipeline, int jobs, Func<Stream> openStandardInput)
{
    /// <summary>Rows per unit of parallel work: enough to outweigh a task's cost, few enough to keep every core busy on small datasets.</summary>
    private const int RowsPerChunk = 128;

    /// <summary>
    /// When set, only this share of the inputs is converted: files by their name, dataset rows by their line
    /// (every shard reads a dataset, each converts its own rows). A failure of a whole dataset is reported by every
    /// shard, since each lost its rows; any other failed input only by the shard it belongs to.
    /// </summary>
    public Shard? Shard { get; init; }

    /// <summary>
    /// The time one document may take (<c>--timeout-per-doc</c>), or <see cref="Timeout.InfiniteTimeSpan"/> for no limit.
    /// At the limit the stages stop at their next check and the document fails; one that does not stop (code with no
    /// checks, inside a reader) is given up on a little later (<see cref="DocumentBudget.GiveUpAfter"/>) and left to
    /// finish unseen on its thread, while the batch goes on.
    /// </summary>
    public TimeSpan DocumentTimeout { get; init; } = Timeout.InfiniteTimeSpan;

    /// <summary>How often the watchdog looks at the document the batch is waiting for.</summary>
    private static readonly TimeSpan WatchdogPoll = TimeSpan.FromMilliseconds(50);

    public IEnumerable<ConversionResult> Convert(IEnumerable<InputItem> inputs) => Run(Plan(inputs));

    /// <summary>Runs units on the workers, in order, under the watchdog when there is a time limit.</summary>
    private IEnumerable<ConversionResult> Run(IEnumerable<WorkUnit> units)
    {
        Func<WorkUnit, IEnumerable<ConversionResult>?>? giveUp = null;
        if (DocumentTimeout != Timeout.InfiniteTimeSpan)
        {
            var after = DocumentBudget.GiveUpAfter(DocumentTimeout);
            giveUp = unit => unit.GiveUpIfOver(after);
        }
        return OrderedParallel.Map(units, unit => unit.Run(), Math.Max(1, jobs), giveUp, WatchdogPoll).SelectMany(results => results);
    }

    public ConversionResult ConvertOne(InputItem input) => ConvertOne(input, null);

    private ConversionResult ConvertOne(InputItem input, WorkUnit? unit) =>
        Guard(input, "", unit, 0, () => input switch
        {
            UnreadableInput unreadable => throw new InputException(unreadable.Reason),
            StandardInput => ReadStandardInput(),
            FileInput file => ReadFile(file),
            _ => throw new InputException($"unknown input kind {input.GetType().Name}"),
        });

    /// <summary>
    /// One row of a dataset input (JSONL, CSV, or JSON Lines known by content), for <c>inspect --row</c>:
    /// <paramref name="row"/> is its 1-based number among the rows, or the id of its record.
    /// </summary>
    public ConversionResult ConvertRow(InputItem input, string row)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentException.ThrowIfNullOrWhiteSpace(row);
        IEnumerator<DatasetRow>? rows = null;
        try
        {
            rows = OpenRows(input)?.GetEnumerator();
            if (rows is null)
            {
                return ConversionResult.Failure(input, "not a dataset (JSONL or CSV): --row picks one row of a dataset");
            }
            bool byNumber = long.TryParse(row, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number) && number >= 1;
            long count = 0;
            while (rows.MoveNext())
            {
                count++;
                var current = rows.Current;
                if (byNumber ? count == number : HasId(current, row))
                {
                    return Guard(input, $"line {current.Line}: ", null, 0, current.Read);
                }
            }
            return ConversionResult.Failure(input, byNumber
                ? $"no row {number}: the dataset has {count} rows"
                : $"no row with id {row} among its {count} rows (--row takes a row number from 1, or a record id)");
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            return ConversionResult.Failure(input, reason);
        }
        finally
        {
            rows?.Dispose();
        }
    }

    /// <summary>The rows of a dataset input, by name or by content; null when it is not a dataset.</summary>
    private IEnumerable<DatasetRow>? OpenRows(InputItem input)
    {
        if (input is UnreadableInput unreadable)
        {
            throw new InputException(unreadable.Reason);
        }
        var source = SourceOf(input);
        if (source is null)
        {
            return null;
        }
        if (loader.DatasetReaderFor(source) is not null)
        {
            return loader.ReadRows(Open(input), source);
        }
        if (!loader.MayBeDatasetByContent(source))
        {
            return null;
        }
        var rows = loader.SniffRows(Open(input), source, out var content);
        if (rows is null)
        {
            content.Dispose();
        }
        return rows;
    }

    private static bool HasId(DatasetRow row, string id)
    {
        try
        {
            return row.Read().Id == id;
        }
        catch (InputException)
        {
            return false; // a bad row has no record, so no id
        }
    }

    /// <summary>The work of a batch, in order: one unit per ordinary input, one per chunk of rows of a dataset.</summary>
    private IEnumerable<WorkUnit> Plan(IEnumerable<InputItem> inputs)
    {
        foreach (var input in inputs)
        {
            var source = SourceOf(input);
            var work = source is null ? Whole(input)
                : loader.DatasetReaderFor(source) is not null ? RowChunks(input, () => loader.ReadRows(Open(input), source))
                : loader.MayBeDatasetByContent(source) ? Sniffed(input, source)
                : Whole(input);
            foreach (var unit in work)
            {
                yield return unit;
            }
        }
    }

    private WorkUnit Single(InputItem input) => new(unit => [ConvertOne(input, unit)], (_, _) => [TimedOut(input, "")]);

    /// <summary>A unit whose outcome is already known (the input failed as a whole before any document began).</summary>
    private static WorkUnit Known(ConversionResult result) => new(_ => [result], (_, _) => [result]);

    private ConversionResult TimedOut(InputItem input, string where) =>
        ConversionResult.Failure(input, where + DocumentBudget.OverLimit(DocumentTimeout));

    /// <summary>An input read as one document: its unit of work, or none when it belongs to another shard.</summary>
    private IEnumerable<WorkUnit> Whole(InputItem input) =>
        TakesWhole(input) ? [Single(input)] : [];

    private bool TakesWhole(InputItem input) => Shard is null || Shard.TakesInput(input.Name);

    private bool TakesRow(DatasetRow row) => Shard is null || Shard.TakesRow(row.Line);

    private static SourceInfo? SourceOf(InputItem input) => input switch
    {
        StandardInput => SourceInfo.StandardInput,
        FileInput file => SourceInfo.FromPath(file.Name),
        _ => null,
    };

    /// <summary>
    /// An input whose name does not say what it is: its head is read here to tell JSON Lines (streamed as rows)
    /// from anything else (read whole by a worker, as a file again, or stdin from the bytes already taken).
    /// </summary>
    private IEnumerable<WorkUnit> Sniffed(InputItem input, SourceInfo source)
    {
        IEnumerable<DatasetRow>? rows = null;
        Stream? opened = null;
        Stream? content = null;
        string? error = Try(() => rows = loader.SniffRows(opened = Open(input), source, out content));
        if (rows is not null)
        {
            return RowChunks(input, () => rows);
        }
        if (error is not null)
        {
            opened?.Dispose();
            return TakesWhole(input) ? [Known(ConversionResult.Failure(input, error))] : [];
        }
        // Stdin, and a file that is a stream rather than a file on disk (a FIFO, a process substitution, a socket),
        // can be read only once: the bytes already taken (decompressed) are read from here, never by opening it again.
        if ((input is StandardInput || opened is FileStream { CanSeek: false }) && content is { } once)
        {
            if (!TakesWhole(input))
            {
                once.Dispose();
                return [];
            }
            return [new WorkUnit(unit => [Guard(input, "", unit, 0, () => ReadAndDispose(once, TextPipe.Readers.Compression.CompressedInput.Inner(source)))], (_, _) => [TimedOut(input, "")])];
        }
        content?.Dispose();
        return Whole(input);
    }

    private Document ReadAndDispose(Stream content, SourceInfo source)
    {
        using (content)
        {
            return loader.ReadStream(content, source);
        }
    }

    private IEnumerable<WorkUnit> RowChunks(InputItem input, Func<IEnumerable<DatasetRow>> openRows)
    {
        IEnumerator<DatasetRow>? rows = null;
        string? error = Try(() => rows = openRows().GetEnumerator());
        try
        {
            bool more = true;
            while (error is null && more)
            {
                var chunk = new List<DatasetRow>(RowsPerChunk);
                error = Try(() =>
                {
                    // Rows of other shards are found (their boundaries must be) but never parsed.
                    while (chunk.Count < RowsPerChunk && (more = rows!.MoveNext()))
                    {
                        if (TakesRow(rows.Current))
                        {
                            chunk.Add(rows.Current);
                        }
                    }
                });
                if (chunk.Count > 0)
                {
                    yield return Rows(input, chunk);
                }
            }
            if (error is not null)
            {
                // The input as a whole failed (cannot be opened, no text column, corrupt compressed data...).
                yield return Known(ConversionResult.Failure(input, error));
            }
        }
        finally
        {
            rows?.Dispose();
        }
    }

    /// <summary>
    /// A chunk of rows as one unit. Given up on at row K, it reports the rows before K as converted, row K as over the
    /// time limit, and converts the rows after K again, each as a unit of its own under the watchdog.
    /// </summary>
    private WorkUnit Rows(InputItem input, List<DatasetRow> chunk)
    {
        var done = new ConversionResult[chunk.Count];
        return new WorkUnit(
            unit =>
            {
                for (int i = 0; i < chunk.Count && !unit.Abandoned; i++)
                {
                    var row = chunk[i];
                    done[i] = Guard(input, $"line {row.Line}: ", unit, i, row.Read);
                }
                return done;
            },
            (_, stuck) => done.Take(stuck)
                .Append(TimedOut(input, $"line {chunk[stuck].Line}: "))
                .Concat(Run(chunk.Skip(stuck + 1).Select(row => Rows(input, [row])))));
    }

    private Stream Open(InputItem input) => input switch
    {
        StandardInput => openStandardInput(),
        FileInput file => new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan),
        _ => throw new InputException($"unknown input kind {input.GetType().Name}"),
    };

    /// <summary>Runs <paramref name="action"/>; returns null, or the reason it failed.</summary>
    private static string? Try(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            return reason;
        }
    }

    /// <summary>
    /// The safety net of one document: reads it, checks its block count, and runs the pipeline on it within the time
    /// budget; whatever goes wrong becomes a failed result, prefixed by <paramref name="where"/>. <paramref name="unit"/>
    /// (when the batch runs it) is told when document <paramref name="index"/> starts and ends, for the watchdog.
    /// </summary>
    private ConversionResult Guard(InputItem input, string where, WorkUnit? unit, int index, Func<Document> read)
    {
        using var budget = DocumentBudget.Start(DocumentTimeout);
        unit?.Started(index);
        try
        {
            return ConversionResult.Success(input, ReadAndRun(read, budget.Token));
        }
        catch (OperationCanceledException) when (budget.Expired)
        {
            return TimedOut(input, where);
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            return ConversionResult.Failure(input, where + reason);
        }
        finally
        {
            unit?.Finished();
        }
    }

    /// <summary>
    /// Reads a document and runs the pipeline on it, in one variable that each stage's result replaces
    /// (<see cref="DocumentPipeline.RunInPlace"/>): the document as read (a million blocks and their text, for a large
    /// one) is garbage as soon as the first stage has replaced it, instead of being held to the end beside the copies
    /// the stages make. The reading is a method of its own for the same reason: this code runs once per document, so
    /// unoptimised, and unoptimised code keeps every value it has held in its frame until it returns.
    /// </summary>
    private Document ReadAndRun(Func<Document> read, CancellationToken cancellationToken)
    {
        ReadChecked(read, cancellationToken, out var document);
        pipeline.RunInPlace(ref document, cancellationToken);
        return document;
    }

    private void ReadChecked(Func<Document> read, CancellationToken cancellationToken, out Document document)
    {
        document = read();
        cancellationToken.ThrowIfCancellationRequested(); // a reader has no checks of its own: it may have used the time up
        BlockLimit.Ensure(document, loader.Options.MaxBlocks);
    }

    /// <summary>
    /// What to report for a failure. A bug in a reader or stage must not end a batch of a million files: it is reported
    /// against its input, with enough to file an issue. Out of memory too: what the document allocated is garbage once
    /// it has failed, and the next document may well fit. (A stack overflow cannot be caught in .NET: readers walk deep
    /// input with explicit depth limits instead.)
    /// </summary>
    private static string? Reason(Exception e) => e switch
    {
        InputException or IOException or UnauthorizedAccessException => e.Message,
        OutOfMemoryException => "out of memory while converting this document (it needs more than the process could get; see --max-input-bytes and --max-blocks)",
        _ => $"internal error ({e.GetType().Name}): {e.Message}",
    };

    private Document ReadStandardInput()
    {
        using var stdin = openStandardInput();
        return loader.ReadStream(stdin, SourceInfo.StandardInput);
    }

    private Document ReadFile(FileInput file)
    {
        using var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return loader.ReadStream(stream, SourceInfo.FromPath(file.Name));
    }
}
