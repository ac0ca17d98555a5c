using System.Collections.Immutable;
using TextPipe.Text;

namespace TextPipe.Readers;

/// <summary>How a format was chosen, in the order <see cref="FormatDetector"/> tries them.</summary>
public enum DetectionMethod
{
    /// <summary>The user named the format (<see cref="ReaderOptions.ForcedFormat"/>).</summary>
    Forced,

    /// <summary>The first bytes are a binary format's signature.</summary>
    MagicBytes,

    /// <summary>The file extension names a format.</summary>
    Extension,

    /// <summary>The decoded text was sniffed and found to be a richer text format.</summary>
    Content,

    /// <summary>Nothing named a format: read as plain text if it decodes as text.</summary>
    Fallback,
}

/// <summary>
/// The outcome of detection: the format id, how it was found and why, and the decoded text when detection
/// had to decode the input to sniff it (so the reader need not decode it again).
/// </summary>
public sealed record FormatDetection(string Format, DetectionMethod Method, string Reason)
{
    public DecodedText? Decoded { get; init; }
}

/// <summary>A binary format recognised by its first bytes.</summary>
/// <param name="Format">Format id a reader would register under.</param>
/// <param name="Description">What it is, for messages: "a PDF document".</param>
public sealed record BinarySignature(string Format, string Description, ImmutableArray<byte> Magic, int Offset = 0)
{
    public bool Matches(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= Offset + Magic.Length && bytes.Slice(Offset, Magic.Length).SequenceEqual(Magic.AsSpan());
}

/// <summary>
/// Chooses the format of an input: a forced format first; then magic bytes (a binary format without a
/// reader is rejected with what it looks like); then the extension; then content sniffing for inputs that
/// claim to be plain text (<c>.txt</c>, <c>.text</c>, <c>.log</c>, no extension, stdin), which a sniffer may
/// upgrade (to Markdown today). JSON Lines is recognised by content in those and in inputs with an extension no reader
/// claims (<c>.json</c>); a single JSON document there is refused. Any other extension is read as plain text if the bytes decode as text.
/// </summary>
public sealed class FormatDetector
{
    private readonly ReaderRegistry _registry;
    private readonly string? _forced;
    private readonly string? _encoding;

    /// <exception cref="ArgumentException"><see cref="ReaderOptions.ForcedFormat"/> is not a registered format.</exception>
    public FormatDetector(ReaderRegistry registry, ReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        _registry = registry;
        _encoding = options.Encoding;
        if (options.ForcedFormat is { } forced)
        {
            _forced = registry.Get(forced).Format; // validates, and normalises the case
        }
    }

    /// <summary>Binary formats known by their first bytes, whether or not a reader exists for them yet.</summary>
    public static ImmutableArray<BinarySignature> Signatures { get; } =
    [
        Sig("pdf", "a PDF document", "%PDF-"u8),
        Sig("zip", "a ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        Sig("zip", "a ZIP archive (empty)", [0x50, 0x4B, 0x05, 0x06]),
        Sig("ole", "an old Microsoft Office document (DOC, XLS, PPT)", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
        Sig("rtf", "an RTF document", @"{\rtf"u8),
        Sig("gzip", "gzip-compressed data", [0x1F, 0x8B]),
        Sig("zstd", "zstd-compressed data", [0x28, 0xB5, 0x2F, 0xFD]),
        Sig("bzip2", "bzip2-compressed data", "BZh"u8),
        Sig("xz", "xz-compressed data", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        Sig("7z", "a 7-Zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        Sig("rar", "a RAR archive", "Rar!\x1A\x07"u8),
        Sig("png", "a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        Sig("jpeg", "a JPEG image", [0xFF, 0xD8, 0xFF]),
        Sig("gif", "a GIF image", "GIF87a"u8),
        Sig("gif", "a GIF image", "GIF89a"u8),
        Sig("tiff", "a TIFF image", "II*\0"u8),
        Sig("tiff", "a TIFF image", "MM\0*"u8),
        Sig("webp", "a WebP image", "WEBP"u8, offset: 8),
        Sig("mp4", "an MP4/QuickTime media file", "ftyp"u8, offset: 4),
        Sig("ogg", "an Ogg media file", "OggS\0"u8),
        Sig("flac", "a FLAC audio file", "fLaC"u8),
        Sig("elf", "an ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        Sig("wasm", "a WebAssembly module", "\0asm"u8),
        Sig("sqlite", "an SQLite database", "SQLite format 3\0"u8),
    ];

    /// <summary>Formats stored as ZIP archives, told apart by an entry name only they have.</summary>
    private static readonly (string Format, string Description, byte[] Marker)[] ZipKinds =
    [
        ("docx", "a Word document (DOCX)", "word/document.xml"u8.ToArray()),
        ("xlsx", "an Excel workbook (XLSX)", "xl/workbook.xml"u8.ToArray()),
        ("pptx", "a PowerPoint presentation (PPTX)", "ppt/presentation.xml"u8.ToArray()),
        ("epub", "an EPUB book", "application/epub+zip"u8.ToArray()),
        ("odt", "an OpenDocument text (ODT)", "application/vnd.oasis.opendocument.text"u8.ToArray()),
    ];

    /// <summary>Chooses the format of <paramref name="bytes"/> from <paramref name="source"/>.</summary>
    /// <exception cref="InputException">A binary format with no reader, or bytes that are not text.</exception>
    public FormatDetection Detect(ReadOnlyMemory<byte> bytes, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_forced is not null)
        {
            return new FormatDetection(_forced, DetectionMethod.Forced, $"forced: {_forced}");
        }

        if (MatchSignature(bytes.Span) is { } signature)
        {
            if (_registry.Contains(signature.Format))
            {
                return new FormatDetection(signature.Format, DetectionMethod.MagicBytes, $"magic bytes: {signature.Description}");
            }
            throw new InputException($"unsupported format: looks like {signature.Description} (no reader for it yet)");
        }

        string extension = source.Extension;
        string? byExtension = _registry.FormatForExtension(extension);
        string extensionName = extension.Length == 0 ? "no extension" : $"extension {extension}";
        if (byExtension is not null && !IsPlainText(byExtension))
        {
            return new FormatDetection(byExtension, DetectionMethod.Extension, extensionName);
        }

        if (SniffJson(bytes.Span, extensionName) is { } json)
        {
            return json;
        }
        if (!_registry.Contains(PlainTextReader.FormatId))
        {
            throw new InputException($"unsupported format: no reader for {extensionName}");
        }
        if (byExtension is null)
        {
            // An extension no reader claims: plain text if it decodes as text (the reader decodes and says if not).
            return new FormatDetection(PlainTextReader.FormatId, DetectionMethod.Fallback, $"{extensionName} unknown, read as text");
        }
        if (bytes.IsEmpty || _registry.Sniffers.IsEmpty)
        {
            return new FormatDetection(PlainTextReader.FormatId, DetectionMethod.Extension, extensionName);
        }

        // Claims to be plain text: decode once, let the sniffers look, hand the text on to the reader.
        var decoded = TextDecoder.Decode(bytes.Span, _encoding);
        foreach (var sniffer in _registry.Sniffers)
        {
            if (_registry.Contains(sniffer.Format) && sniffer.Matches(decoded.Text, out string evidence))
            {
                return new FormatDetection(sniffer.Format, DetectionMethod.Content, $"{extensionName}, content: {evidence}") { Decoded = decoded };
            }
        }
        return new FormatDetection(PlainTextReader.FormatId, DetectionMethod.Extension, extensionName) { Decoded = decoded };
    }

    /// <summary>
    /// JSON Lines in an input whose name claims plain text or nothing we know (<c>.json</c>, stdin): read as a
    /// dataset. A single JSON document is refused with what to do, rather than read as prose and "cleaned".
    /// </summary>
    private FormatDetection? SniffJson(ReadOnlySpan<byte> bytes, string extensionName)
    {
        if (!_registry.Contains(Datasets.JsonlDatasetReader.FormatId))
        {
            return null;
        }
        bool complete = bytes.Length <= Datasets.JsonLinesSniffer.HeadLength;
        var head = complete ? bytes : bytes[..Datasets.JsonLinesSniffer.HeadLength];
        return Datasets.JsonLinesSniffer.Sniff(head, complete) switch
        {
            Datasets.JsonContent.JsonLines => new FormatDetection(Datasets.JsonlDatasetReader.FormatId, DetectionMethod.Content, $"{extensionName}, content: JSON Lines"),
            Datasets.JsonContent.JsonDocument => throw new InputException(JsonDocumentMessage),
            _ => null,
        };
    }

    /// <summary>Why a single JSON document is not read, and what to do instead.</summary>
    public const string JsonDocumentMessage =
        "a JSON document (an array or one object over several lines), not JSON Lines: TextPipe reads one JSON object per line; convert it first (e.g. jq -c '.[]' FILE > rows.jsonl)";

    /// <summary>The binary format <paramref name="bytes"/> start with, or null. ZIP-based formats are told apart by their entries.</summary>
    public static BinarySignature? MatchSignature(ReadOnlySpan<byte> bytes)
    {
        foreach (var signature in Signatures)
        {
            if (!signature.Matches(bytes))
            {
                continue;
            }
            if (signature.Format == "zip")
            {
                foreach (var (format, description, marker) in ZipKinds)
                {
                    if (bytes.IndexOf(marker) >= 0)
                    {
                        return signature with { Format = format, Description = description };
                    }
                }
            }
            if (signature.Format == "ole" && bytes.IndexOf(EncryptedPackageName) >= 0)
            {
                // Password-protected DOCX/XLSX/PPTX are stored as an OLE file holding an "EncryptedPackage" stream.
                return signature with { Format = "encrypted-office", Description = "a password-protected Office document (DOCX, XLSX or PPTX; remove the password first)" };
            }
            if (signature.Format == "bzip2" && !IsBzip2(bytes))
            {
                continue; // "BZh" alone could start a text
            }
            return signature;
        }
        return null;
    }

    /// <summary>"EncryptedPackage" in UTF-16LE, as OLE directory entries name their streams.</summary>
    private static ReadOnlySpan<byte> EncryptedPackageName =>
        "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8;

    private static bool IsPlainText(string format) => string.Equals(format, PlainTextReader.FormatId, StringComparison.OrdinalIgnoreCase);

    /// <summary>bzip2: "BZh", a block size digit, then the block magic (the BCD digits of pi) or the end-of-stream magic.</summary>
    private static bool IsBzip2(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 10 && bytes[3] is >= (byte)'1' and <= (byte)'9'
        && (bytes[4..10].SequenceEqual((ReadOnlySpan<byte>)[0x31, 0x41, 0x59, 0x26, 0x53, 0x59])
            || bytes[4..10].SequenceEqual((ReadOnlySpan<byte>)[0x17, 0x72, 0x45, 0x38, 0x50, 0x90]));

    private static BinarySignature Sig(string format, string description, ReadOnlySpan<byte> magic, int offset = 0) =>
        new(format, description, [.. magic], offset);
}
