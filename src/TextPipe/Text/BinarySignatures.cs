namespace TextPipe.Text;

/// <summary>
/// Recognises common binary formats by their magic numbers, so the error can say what a file looks like.
/// Formats with a reader of their own (PDF, gzip, ZIP...) are normally routed before decoding; this is the fallback.
/// </summary>
internal static class BinarySignatures
{
    private static readonly (byte[] Magic, string What)[] Prefixes =
    [
        ([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF87a"u8.ToArray(), "a GIF image"),
        ("GIF89a"u8.ToArray(), "a GIF image"),
        ([(byte)'I', (byte)'I', 0x2A, 0x00], "a TIFF image"),
        ([(byte)'M', (byte)'M', 0x00, 0x2A], "a TIFF image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive; DOCX, XLSX, ODT and EPUB files are ZIP archives too"),
        ([(byte)'P', (byte)'K', 0x05, 0x06], "an empty ZIP archive"),
        ([(byte)'P', (byte)'K', 0x07, 0x08], "a ZIP archive"),
        ([0x1F, 0x8B], "gzip-compressed data"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd-compressed data"),
        ([0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00], "xz-compressed data"),
        ([(byte)'7', (byte)'z', 0xBC, 0xAF, 0x27, 0x1C], "a 7-Zip archive"),
        ([(byte)'R', (byte)'a', (byte)'r', (byte)'!', 0x1A, 0x07], "a RAR archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an ELF executable"),
        ([0xFE, 0xED, 0xFA, 0xCE], "a Mach-O executable"),
        ([0xFE, 0xED, 0xFA, 0xCF], "a Mach-O executable"),
        ([0xCE, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xCF, 0xFA, 0xED, 0xFE], "a Mach-O executable"),
        ([0xCA, 0xFE, 0xBA, 0xBE], "a Java class file or Mach-O universal binary"),
        ([0x00, (byte)'a', (byte)'s', (byte)'m'], "a WebAssembly module"),
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Microsoft Office document (DOC, XLS, PPT)"),
        ("SQLite format 3\0"u8.ToArray(), "an SQLite database"),
        ("OggS\0"u8.ToArray(), "an Ogg audio or video file"),
        ("fLaC"u8.ToArray(), "a FLAC audio file"),
        ([0x1A, 0x45, 0xDF, 0xA3], "a Matroska or WebM video"),
    ];

    /// <summary>What <paramref name="bytes"/> look like ("a PNG image"), or null when no known signature matches.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, what) in Prefixes)
        {
            if (bytes.StartsWith(magic))
            {
                return what;
            }
        }
        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8))
        {
            ReadOnlySpan<byte> form = bytes.Slice(8, 4);
            if (form.SequenceEqual("WEBP"u8))
            {
                return "a WebP image";
            }
            if (form.SequenceEqual("WAVE"u8))
            {
                return "a WAV audio file";
            }
            if (form.SequenceEqual("AVI "u8))
            {
                return "an AVI video";
            }
        }
        if (bytes.Length >= 12 && bytes.Slice(4, 4).SequenceEqual("ftyp"u8))
        {
            return "an MP4 or QuickTime media file";
        }
        if (bytes.Length >= 10 && bytes.StartsWith("ID3"u8) && bytes[3] <= 0x04)
        {
            return "an MP3 audio file";
        }
        if (bytes.Length >= 10 && bytes.StartsWith("BZh"u8) && bytes[3] is >= (byte)'1' and <= (byte)'9'
            && bytes.Slice(4, 6).SequenceEqual("1AY&SY"u8))
        {
            return "bzip2-compressed data";
        }
        if (bytes.Length >= 64 && bytes.StartsWith("MZ"u8) && bytes[2..64].Contains((byte)0))
        {
            return "a Windows executable";
        }
        return null;
    }
}
