using System.IO.Compression;
using ZstdSharp;

namespace TextPipe.Readers.Compression;

/// <summary>
/// Reads gzip and zstd inputs transparently. The compression is known by its magic bytes (never by the name
/// alone, so a plain file called <c>x.gz</c> is read as what it is); the inner format comes from the name
/// without the compression extension (<c>corpus.jsonl.gz</c> → <c>.jsonl</c>), else from the content.
/// Corrupt and truncated data are reported as such, not read as a shorter text.
/// </summary>
public static class CompressedInput
{
    static CompressedInput() => UseStrictValidation();

    private static readonly string[] GzipExtensions = [".gz", ".gzip"];
    private static readonly string[] ZstdExtensions = [".zst", ".zstd"];

    private const string StrictValidationSwitch = "System.IO.Compression.UseStrictValidation";

    /// <summary>
    /// Makes .NET's gzip decoder throw on data that ends before its stream does; by default it quietly returns
    /// what it has, and a truncated download would pass for a complete file. The runtime reads the switch once,
    /// when the deflate decoder is first used in the process (a DOCX or PDF reader may be first), so
    /// <see cref="DocumentLoader"/> calls this before any reader runs. A host that set the switch itself is obeyed.
    /// </summary>
    public static void UseStrictValidation()
    {
        if (!AppContext.TryGetSwitch(StrictValidationSwitch, out _))
        {
            AppContext.SetSwitch(StrictValidationSwitch, true);
        }
    }

    /// <summary>The compression <paramref name="head"/> (the first bytes of an input) starts with.</summary>
    public static CompressionKind Detect(ReadOnlySpan<byte> head) => head switch
    {
        [0x1F, 0x8B, ..] => CompressionKind.Gzip,
        [0x28, 0xB5, 0x2F, 0xFD, ..] => CompressionKind.Zstd,
        _ => CompressionKind.None,
    };

    /// <summary>The compression a file name's extension announces (<c>.gz</c>, <c>.zst</c>), for outputs.</summary>
    public static CompressionKind FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string extension = Path.GetExtension(name);
        return GzipExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? CompressionKind.Gzip
            : ZstdExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase) ? CompressionKind.Zstd
            : CompressionKind.None;
    }

    /// <summary><paramref name="name"/> without a compression extension: <c>corpus.jsonl.gz</c> → <c>corpus.jsonl</c>.</summary>
    public static string InnerName(string name) =>
        FromName(name) == CompressionKind.None ? name : name[..^Path.GetExtension(name).Length];

    /// <summary>The source as its decompressed content is seen: same name, the extension of the inner name.</summary>
    public static SourceInfo Inner(SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string inner = InnerName(source.Name);
        return inner.Length == source.Name.Length ? source : source with { Extension = Path.GetExtension(inner).ToLowerInvariant() };
    }

    /// <summary>Decompresses a whole input held in memory, within <paramref name="limit"/> (checked as it inflates).</summary>
    /// <exception cref="InputException">Corrupt or truncated data, or more than the limit allows once decompressed.</exception>
    public static ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> bytes, CompressionKind kind, DecompressionLimit limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        // Inflated twice: once into nothing to learn the size, then into a buffer of exactly that size. An input over the
        // limit is so refused without first holding the limit's worth of bytes (600 MB of text in 21 MB of gzip peaked at
        // 629 MB before its refusal at 512 MiB), and an accepted one is held once, not in a buffer doubled up to its size.
        // Inflating runs at hundreds of MB/s, a hundred times the pipeline's pace: the second pass costs next to nothing.
        long size = InflatedSize(bytes, kind, limit);
        using var stream = OpenDecompressing(ReadOnly(bytes), kind, limit);
        return DocumentLoader.ReadAllBytes(stream, limit.MaxBytes, (int)Math.Min(size, Array.MaxLength));
    }

    private static long InflatedSize(ReadOnlyMemory<byte> bytes, CompressionKind kind, DecompressionLimit limit)
    {
        using var stream = OpenDecompressing(ReadOnly(bytes), kind, limit);
        var scratch = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = stream.Read(scratch, 0, scratch.Length)) > 0)
        {
            total += read;
        }
        return total;
    }

    private static MemoryStream ReadOnly(ReadOnlyMemory<byte> bytes) =>
        System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);

    /// <summary>
    /// Wraps <paramref name="stream"/> in a decompressor if its first bytes say it is compressed; reads go on
    /// from the start either way. Errors in the compressed data surface from reads as <see cref="InputException"/>,
    /// and so does output beyond the default <see cref="ReaderOptions"/> limits.
    /// </summary>
    public static Stream OpenDecompressing(Stream stream, out CompressionKind kind) =>
        OpenDecompressing(stream, DecompressionLimit.From(ReaderOptions.Default), out kind);

    /// <summary>
    /// Wraps <paramref name="stream"/> in a decompressor if its first bytes say it is compressed; reads go on
    /// from the start either way. Errors in the compressed data, and output beyond <paramref name="limit"/>,
    /// surface from reads as <see cref="InputException"/>.
    /// </summary>
    public static Stream OpenDecompressing(Stream stream, DecompressionLimit limit, out CompressionKind kind)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limit);
        var head = new byte[4];
        int read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var replayed = new PrefixedStream(head.AsMemory(0, read), stream);
        kind = Detect(head.AsSpan(0, read));
        return kind == CompressionKind.None ? replayed : OpenDecompressing(replayed, kind, limit);
    }

    private static LimitedDecompressionStream OpenDecompressing(Stream compressed, CompressionKind kind, DecompressionLimit limit)
    {
        var counted = new CountingStream(compressed);
        var decompressor = OpenDecompressing(counted, kind);
        return new LimitedDecompressionStream(decompressor, counted, limit, kind == CompressionKind.Gzip ? "gzip data" : "zstd data");
    }

    private static Stream OpenDecompressing(Stream compressed, CompressionKind kind) => kind switch
    {
        CompressionKind.Gzip => new CheckedDecompressionStream(new GZipStream(compressed, CompressionMode.Decompress), "gzip"),
        CompressionKind.Zstd => new CheckedDecompressionStream(new DecompressionStream(compressed), "zstd"),
        _ => compressed,
    };
}
