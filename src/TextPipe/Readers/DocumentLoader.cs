using System.Globalization;
using TextPipe.Documents;
using TextPipe.Readers.Compression;
using TextPipe.Readers.Datasets;

namespace TextPipe.Readers;

/// <summary>
/// The reading stage's entry point: takes the bytes of one input (or a stream, read into memory within
/// <see cref="ReaderOptions.MaxInputBytes"/>), detects its format and reads it with the registered reader.
/// Thread-safe: one loader serves a whole parallel run.
/// </summary>
public sealed class DocumentLoader
{
    private const int ChunkSize = 81_920;

    /// <summary>Before any reader can touch a deflate decoder: see <see cref="CompressedInput.UseStrictValidation"/>.</summary>
    static DocumentLoader() => CompressedInput.UseStrictValidation();

    /// <summary>A loader with the default readers (<see cref="ReaderRegistry.CreateDefault"/>).</summary>
    /// <exception cref="ArgumentException"><see cref="ReaderOptions.ForcedFormat"/> is not a known format.</exception>
    public DocumentLoader(ReaderOptions options)
        : this(ReaderRegistry.CreateDefault(options), options)
    {
    }

    /// <exception cref="ArgumentException"><see cref="ReaderOptions.ForcedFormat"/> is not a registered format.</exception>
    public DocumentLoader(ReaderRegistry registry, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        Registry = registry;
        Options = options;
        Detector = new FormatDetector(registry, options);
    }

    public ReaderRegistry Registry { get; }

    public ReaderOptions Options { get; }

    public FormatDetector Detector { get; }

    /// <summary>Detects the format of <paramref name="bytes"/> and reads them into a document.</summary>
    /// <exception cref="InputException">The input cannot be read (unsupported format, not text, empty, a line too long...).</exception>
    public Document Load(ReadOnlyMemory<byte> bytes, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var compression = CompressedInput.Detect(bytes.Span);
        if (compression != CompressionKind.None)
        {
            // One level only: compressed data inside is then reported by detection as a format without a reader.
            return LoadUncompressed(CompressedInput.Decompress(bytes, compression, DecompressionLimit.From(Options)), CompressedInput.Inner(source));
        }
        return LoadUncompressed(bytes, source);
    }

    private Document LoadUncompressed(ReadOnlyMemory<byte> bytes, SourceInfo source)
    {
        var detection = Detector.Detect(bytes, source);
        var reader = Registry.Get(detection.Format);
        var document = detection.Decoded is { } decoded && reader is ITextDocumentReader textReader
            ? textReader.Read(decoded, source, bytes.Length)
            : reader.Read(bytes, source);
        return EmptyDocumentCheck.Ensure(document, Options);
    }

    /// <summary>
    /// The dataset reader for <paramref name="source"/> when its rows are documents (a forced dataset format, or
    /// an extension such as <c>.jsonl</c> or <c>.csv.gz</c>), else null. Decided from the name alone, so that a
    /// batch can stream a dataset row by row without reading it first.
    /// </summary>
    public IDatasetReader? DatasetReaderFor(SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string? format = Options.ForcedFormat ?? Registry.FormatForExtension(CompressedInput.Inner(source).Extension);
        return format is not null && Registry.TryGet(format, out var reader) ? reader as IDatasetReader : null;
    }

    /// <summary>
    /// Whether <paramref name="source"/> may be a dataset known only by its content (JSON Lines in a <c>.json</c>,
    /// <c>.txt</c> or <c>.gz</c> file, or on stdin): no format is forced and its name claims plain text or no known format.
    /// </summary>
    public bool MayBeDatasetByContent(SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Options.ForcedFormat is not null || !Registry.Contains(JsonlDatasetReader.FormatId))
        {
            return false;
        }
        string? format = Registry.FormatForExtension(CompressedInput.Inner(source).Extension);
        return format is null || format == PlainTextReader.FormatId;
    }

    /// <summary>
    /// Opens <paramref name="stream"/> (decompressing it) and sniffs its head: the rows if it holds JSON Lines, else
    /// null with <paramref name="content"/> set to a stream that reads the (decompressed) input from its start.
    /// Either way the stream is owned by what is returned.
    /// </summary>
    public IEnumerable<DatasetRow>? SniffRows(Stream stream, SourceInfo source, out Stream content)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        var decompressed = CompressedInput.OpenDecompressing(stream, DecompressionLimit.From(Options), out _);
        var head = StreamHead.Read(decompressed, JsonLinesSniffer.HeadLength + 1);
        content = new Compression.PrefixedStream(head, decompressed);
        bool complete = head.Length <= JsonLinesSniffer.HeadLength;
        var sniffed = JsonLinesSniffer.Sniff(complete ? head.Span : head.Span[..JsonLinesSniffer.HeadLength], complete);
        return sniffed == JsonContent.JsonLines && Registry.Get(JsonlDatasetReader.FormatId) is IDatasetReader reader
            ? Rows(content, CompressedInput.Inner(source), reader, DecompressionLimit.From(Options))
            : null;
    }

    /// <summary>
    /// The rows of the dataset <paramref name="stream"/> (see <see cref="DatasetReaderFor"/>), decompressed if it is
    /// gzip or zstd, found as the sequence is enumerated. Disposing the enumerator disposes the stream.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="source"/> is not a dataset.</exception>
    public IEnumerable<DatasetRow> ReadRows(Stream stream, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = DatasetReaderFor(source) ?? throw new ArgumentException($"{source.Name} is not a dataset", nameof(source));
        return Rows(stream, source, reader, DecompressionLimit.From(Options));
    }

    private static IEnumerable<DatasetRow> Rows(Stream stream, SourceInfo source, IDatasetReader reader, DecompressionLimit limit)
    {
        using var content = CompressedInput.OpenDecompressing(stream, limit, out _);
        foreach (var row in reader.ReadRows(content, source))
        {
            yield return row;
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end (within the size limit), then <see cref="Load"/>s it.</summary>
    /// <exception cref="InputException">The input is over <see cref="ReaderOptions.MaxInputBytes"/>, or cannot be read.</exception>
    public Document ReadStream(Stream stream, SourceInfo source) =>
        Load(ReadAllBytes(stream, Options.MaxInputBytes), source);

    /// <inheritdoc cref="ReadStream"/>
    public async Task<Document> ReadStreamAsync(Stream stream, SourceInfo source, CancellationToken cancellationToken = default) =>
        Load(await ReadAllBytesAsync(stream, Options.MaxInputBytes, cancellationToken).ConfigureAwait(false), source);

    /// <summary>Reads a stream to its end into memory, refusing to hold more than <paramref name="maxBytes"/>.</summary>
    /// <exception cref="InputException">The stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    public static ReadOnlyMemory<byte> ReadAllBytes(Stream stream, long maxBytes) => ReadAllBytes(stream, maxBytes, 0);

    /// <inheritdoc cref="ReadAllBytes(Stream, long)"/>
    /// <param name="expectedBytes">The size the content probably has (a gzip trailer's), to allocate once; 0 when unknown.</param>
    internal static ReadOnlyMemory<byte> ReadAllBytes(Stream stream, long maxBytes, int expectedBytes)
    {
        var buffer = StartBuffer(stream, maxBytes, expectedBytes);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Append(chunk.AsSpan(0, read));
        }
        return buffer.ToMemory();
    }

    /// <inheritdoc cref="ReadAllBytes(Stream, long)"/>
    public static async Task<ReadOnlyMemory<byte>> ReadAllBytesAsync(Stream stream, long maxBytes, CancellationToken cancellationToken = default)
    {
        var buffer = StartBuffer(stream, maxBytes, 0);
        var chunk = new byte[ChunkSize];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Append(chunk.AsSpan(0, read));
        }
        return buffer.ToMemory();
    }

    private static InputBuffer StartBuffer(Stream stream, long maxBytes, int expectedBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        long limit = Math.Min(maxBytes, Array.MaxLength);
        int capacity = expectedBytes;
        if (stream.CanSeek)
        {
            long remaining = Math.Max(0, stream.Length - stream.Position);
            if (remaining > limit)
            {
                throw TooLarge(remaining, exact: true, maxBytes);
            }
            capacity = Math.Max(capacity, (int)remaining);
        }
        return new InputBuffer(limit, capacity, total => TooLarge(total, exact: false, maxBytes));
    }

    private static InputException TooLarge(long size, bool exact, long maxBytes) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"input is {(exact ? "" : "over ")}{FormatSize(size)} ({size:N0} bytes), over the limit of {FormatSize(maxBytes)} ({maxBytes:N0} bytes, --max-input-bytes)"));

    private static string FormatSize(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.#} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MiB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };
}
