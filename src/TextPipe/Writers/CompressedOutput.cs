using System.IO.Compression;
using TextPipe.Readers.Compression;
using ZstdSharp;

namespace TextPipe.Writers;

/// <summary>
/// Output files compressed by their extension: <c>out.jsonl.gz</c> is gzip, <c>out.jsonl.zst</c> zstd, anything
/// else plain. The record format is chosen from the name without that extension (<see cref="FormatName"/>).
/// </summary>
public static class CompressedOutput
{
    /// <summary>Creates <paramref name="path"/> for writing, compressed as its extension says. Disposing the stream finishes the compressed data.</summary>
    public static Stream Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        try
        {
            return Wrap(file, CompressedInput.FromName(path));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Wraps <paramref name="output"/> in a compressor of <paramref name="kind"/>; the result owns it.</summary>
    public static Stream Wrap(Stream output, CompressionKind kind) => kind switch
    {
        CompressionKind.Gzip => new GZipStream(output, CompressionLevel.Optimal, leaveOpen: false),
        CompressionKind.Zstd => new CompressionStream(output, level: 3, leaveOpen: false),
        _ => output,
    };

    /// <summary>The name whose extension names the record format: <c>out.csv.gz</c> → <c>out.csv</c>.</summary>
    public static string FormatName(string path) => CompressedInput.InnerName(path);
}
