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

    public IEnumerable<ConversionResult> Convert(IEnumerable<InputItem> inputs) =>
        OrderedParallel.Map(Plan(inputs), work => work(), Math.Max(1, jobs)).SelectMany(results => results);

    public ConversionResult ConvertOne(InputItem input) =>
        Guard(input, "", () => input switch
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
                    return Guard(input, $"line {current.Line}: ", current.Read);
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
    private IEnumerable<Func<IReadOnlyList<ConversionResult>>> Plan(IEnumerable<InputItem> inputs)
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

    private Func<IReadOnlyList<ConversionResult>> Single(InputItem input) => () => [ConvertOne(input)];

    /// <summary>An input read as one document: its unit of work, or none when it belongs to another shard.</summary>
    private IEnumerable<Func<IReadOnlyList<ConversionResult>>> Whole(InputItem input) =>
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
    private IEnumerable<Func<IReadOnlyList<ConversionResult>>> Sniffed(InputItem input, SourceInfo source)
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
            return TakesWhole(input) ? [() => [ConversionResult.Failure(input, error)]] : [];
        }
        if (input is StandardInput && content is { } stdin)
        {
            if (!TakesWhole(input))
            {
                stdin.Dispose();
                return [];
            }
            return [() => [Guard(input, "", () => ReadAndDispose(stdin))]];
        }
        content?.Dispose();
        return Whole(input);
    }

    private Document ReadAndDispose(Stream content)
    {
        using (content)
        {
            return loader.ReadStream(content, SourceInfo.StandardInput);
        }
    }

    private IEnumerable<Func<IReadOnlyList<ConversionResult>>> RowChunks(InputItem input, Func<IEnumerable<DatasetRow>> openRows)
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
                    yield return () => chunk.ConvertAll(row => Guard(input, $"line {row.Line}: ", () => row.Read()));
                }
            }
            if (error is not null)
            {
                // The input as a whole failed (cannot be opened, no text column, corrupt compressed data...).
                string reason = error;
                yield return () => [ConversionResult.Failure(input, reason)];
            }
        }
        finally
        {
            rows?.Dispose();
        }
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

    /// <summary>Reads a document and runs the pipeline on it; what goes wrong becomes a failed result, prefixed by <paramref name="where"/>.</summary>
    private ConversionResult Guard(InputItem input, string where, Func<Document> read)
    {
        try
        {
            return ConversionResult.Success(input, pipeline.Run(read()));
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            return ConversionResult.Failure(input, where + reason);
        }
    }

    /// <summary>
    /// What to report for a failure, or null to let it end the run (out of memory). A bug in a reader or stage must
    /// not end a batch of a million files: it is reported against its input, with enough to file an issue.
    /// </summary>
    private static string? Reason(Exception e) => e switch
    {
        InputException or IOException or UnauthorizedAccessException => e.Message,
        OutOfMemoryException => null,
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
