using TextPipe.Text;

namespace TextPipe.Readers.Docx;

/// <summary>
/// Checks the first bytes before the Open XML SDK sees them, so that the common mistakes get a message
/// that says what the file is: empty, an encrypted DOCX or an old .doc (both OLE compound files), another
/// binary format, or text with a .docx name.
/// </summary>
internal static class DocxInputCheck
{
    private static ReadOnlySpan<byte> ZipLocalHeader => [0x50, 0x4B, 0x03, 0x04];

    private static ReadOnlySpan<byte> ZipEmptyArchive => [0x50, 0x4B, 0x05, 0x06];

    private static ReadOnlySpan<byte> OleCompoundFile => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <exception cref="InputException">The bytes cannot be a DOCX.</exception>
    public static void ThrowIfNotZip(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new InputException("empty file");
        }
        if (bytes.StartsWith(ZipLocalHeader))
        {
            return;
        }
        if (bytes.StartsWith(ZipEmptyArchive))
        {
            throw new InputException("an empty ZIP archive, not a DOCX");
        }
        if (bytes.StartsWith(OleCompoundFile))
        {
            throw new InputException("not a DOCX but an OLE compound file: a password-protected (encrypted) DOCX or an old binary .doc; neither can be read");
        }
        if (BinarySignatures.Identify(bytes) is { } what)
        {
            throw new InputException($"not a DOCX (no ZIP signature): looks like {what}");
        }
        throw new InputException(LooksLikeText(bytes)
            ? "not a DOCX (no ZIP signature): the file is text"
            : "not a DOCX (no ZIP signature): unknown binary data");
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 4096)];
        return !ControlBytes.Count(sample).LooksBinary && sample.IndexOf((byte)0) < 0;
    }
}
