namespace TextPipe.Readers;

/// <summary>Limits and choices that apply to every reader.</summary>
public sealed record ReaderOptions
{
    /// <summary>Longest line accepted in a text input, in characters. A 50 MB one-line file is almost always minified data or a dump, not prose.</summary>
    public int MaxLineChars { get; init; } = 1_000_000;

    /// <summary>Largest input accepted, in bytes (one document is held in memory at a time).</summary>
    public long MaxInputBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>
    /// Largest ratio of decompressed to compressed size accepted for gzip/zstd inputs and DOCX parts
    /// (<c>--max-decompression-ratio</c>), checked while streaming so a bomb is refused before it is buffered.
    /// </summary>
    public double MaxDecompressionRatio { get; init; } = 200;

    /// <summary>
    /// Deepest element nesting a structured reader (HTML, DOCX, PDF objects) follows (<c>--max-depth</c>).
    /// Deeper content is flattened into its ancestor or skipped with a flag, never walked on the runtime's stack.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 256;

    /// <summary>Most blocks (paragraphs, cues, rows) one document may hold (<c>--max-blocks</c>).</summary>
    public int MaxBlocks { get; init; } = 10_000_000;

    /// <summary>Forced format id (<c>--format-in</c>), or null to detect.</summary>
    public string? ForcedFormat { get; init; }

    /// <summary>Recognise PDF pages without a usable text layer with Tesseract (<c>--ocr</c>) instead of only flagging them.</summary>
    public bool Ocr { get; init; }

    /// <summary>The field (JSONL) or column (CSV) of a dataset row that holds the text (<c>--text-field</c>).</summary>
    public string TextField { get; init; } = "text";

    /// <summary>
    /// Write documents with no text after reading (and empty dataset rows) as records instead of failing them
    /// (<c>--allow-empty</c>). See <see cref="EmptyDocumentCheck"/>.
    /// </summary>
    public bool AllowEmpty { get; init; }

    /// <summary>
    /// The encoding of text inputs (<c>--encoding</c>), a canonical name (<see cref="Text.TextDecoder.CanonicalEncodingName"/>),
    /// or null to detect it. Applies to plain text, Markdown, subtitles and datasets (JSONL, CSV).
    /// </summary>
    public string? Encoding { get; init; }

    public static ReaderOptions Default { get; } = new();
}
