using System.Globalization;

namespace TextPipe.Readers.Compression;

/// <summary>
/// How much a compressed input (a gzip or zstd file, a DOCX part) may grow: no more than
/// <see cref="ReaderOptions.MaxInputBytes"/> in all, and no more than <see cref="ReaderOptions.MaxDecompressionRatio"/>
/// times the compressed bytes read so far. Checked on every read, so a bomb (10 MB of gzip that inflates to 10 GB) is
/// refused after a few megabytes instead of after the whole limit has been buffered. Real text compresses 3–10 times
/// and a repetitive log a few dozen; the ratio is judged only past <see cref="RatioFloorBytes"/>, so a small file
/// that happens to compress very well (a page of spaces) is still read.
/// </summary>
public sealed class DecompressionLimit(long maxBytes, double maxRatio)
{
    /// <summary>Output below this size is never refused for its ratio.</summary>
    public const long RatioFloorBytes = 4L << 20;

    public long MaxBytes { get; } = maxBytes;

    public double MaxRatio { get; } = maxRatio;

    public static DecompressionLimit From(ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new DecompressionLimit(options.MaxInputBytes, options.MaxDecompressionRatio);
    }

    /// <summary>Throws when <paramref name="decompressed"/> bytes from <paramref name="compressed"/> bytes is too much.</summary>
    /// <param name="what">What is decompressed, for the message (<c>gzip data</c>, <c>DOCX part word/document.xml</c>).</param>
    /// <exception cref="InputException">Over <see cref="MaxBytes"/> or over <see cref="MaxRatio"/>.</exception>
    public void Check(long decompressed, long compressed, string what)
    {
        if (decompressed > MaxBytes)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{what} decompresses to over {decompressed:N0} bytes, over the limit of {MaxBytes:N0} bytes (--max-input-bytes)"));
        }
        if (decompressed > RatioFloorBytes && decompressed > MaxRatio * Math.Max(1, compressed))
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture,
                $"{what} decompresses to over {decompressed:N0} bytes from {compressed:N0}, more than {MaxRatio:0.#} times its compressed size: a decompression bomb? (raise --max-decompression-ratio to read it)"));
        }
    }
}

/// <summary>Counts the bytes read through it (the compressed side of a decompressor). Owns the inner stream.</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyWrapperStream(inner)
{
    public long BytesRead { get; private set; }

    public override int Read(Span<byte> buffer)
    {
        int read = Inner.Read(buffer);
        BytesRead += read;
        return read;
    }
}

/// <summary>
/// A decompressor's output, checked against a <see cref="DecompressionLimit"/> as it is read. Owns the decompressor.
/// </summary>
internal sealed class LimitedDecompressionStream(Stream decompressor, CountingStream compressed, DecompressionLimit limit, string what)
    : ReadOnlyWrapperStream(decompressor)
{
    private long _decompressed;

    public override int Read(Span<byte> buffer)
    {
        int read = Inner.Read(buffer);
        _decompressed += read;
        limit.Check(_decompressed, compressed.BytesRead, what);
        return read;
    }
}
