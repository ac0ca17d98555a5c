namespace TextPipe.Readers.Compression;

/// <summary>A compression wrapped around an input (read transparently) or an output (chosen by extension).</summary>
public enum CompressionKind
{
    None,
    Gzip,
    Zstd,
}
