using System.Globalization;
using System.IO.Compression;
using System.Xml;
using TextPipe.Readers.Compression;

namespace TextPipe.Readers.Docx;

/// <summary>
/// Reads every XML part of a DOCX once, streaming (an <see cref="XmlReader"/>, no tree), before the Open XML SDK
/// loads any of them. The SDK builds its tree recursively, one call per level, so a 3 KB file of 100,000 nested
/// <c>&lt;w:r&gt;</c> overflows the stack and kills the process, and a 500 KB ZIP can hold a 190 MB part the SDK
/// would take minutes and gigabytes to load. A part nested deeper than <see cref="ReaderOptions.MaxNestingDepth"/>,
/// or that inflates past <see cref="ReaderOptions.MaxInputBytes"/> or <see cref="ReaderOptions.MaxDecompressionRatio"/>
/// times its compressed size, refuses the document with a message naming the part and the option.
/// </summary>
internal static class DocxPartScan
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
    };

    /// <exception cref="InputException">A part is too deep or too large; the message names the option to raise.</exception>
    /// <exception cref="InvalidDataException">The ZIP archive cannot be read.</exception>
    /// <exception cref="XmlException">A part is not well-formed XML (or holds a DTD).</exception>
    public static void Check(Stream package, ReaderOptions options)
    {
        var limit = DecompressionLimit.From(options);
        using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase))
            {
                CheckPart(entry, limit, options.MaxNestingDepth);
            }
        }
    }

    private static void CheckPart(ZipArchiveEntry entry, DecompressionLimit limit, int maxDepth)
    {
        using var inflated = new PartStream(entry.Open(), entry.CompressedLength, limit, $"DOCX part {entry.FullName}");
        using var xml = XmlReader.Create(inflated, Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth >= maxDepth)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture,
                    $"DOCX part {entry.FullName} nests elements more than {maxDepth} deep (raise --max-depth to read it)"));
            }
        }
    }

    /// <summary>A ZIP entry's inflated bytes, checked against the limit for its compressed size as they are read.</summary>
    private sealed class PartStream(Stream inflated, long compressedLength, DecompressionLimit limit, string what) : ReadOnlyWrapperStream(inflated)
    {
        private long _read;

        public override int Read(Span<byte> buffer)
        {
            int read = Inner.Read(buffer);
            _read += read;
            limit.Check(_read, compressedLength, what);
            return read;
        }
    }
}
