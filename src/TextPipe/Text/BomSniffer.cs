namespace TextPipe.Text;

/// <summary>Recognises a byte-order mark: UTF-8, UTF-16 LE/BE, UTF-32 LE/BE.</summary>
internal static class BomSniffer
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf32LEBom => [0xFF, 0xFE, 0x00, 0x00];

    private static ReadOnlySpan<byte> Utf32BEBom => [0x00, 0x00, 0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16LEBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BEBom => [0xFE, 0xFF];

    /// <summary>The encoding a BOM at the start of <paramref name="bytes"/> announces, and the BOM's length.</summary>
    public static bool TryDetect(ReadOnlySpan<byte> bytes, out string encoding, out int bomLength)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            (encoding, bomLength) = (TextEncodings.Utf8, 3);
        }
        else if (bytes.StartsWith(Utf32LEBom) && bytes.Length % 4 == 0)
        {
            // FF FE 00 00 could also be a UTF-16 LE BOM and U+0000; a length that is not a multiple of 4 says so.
            (encoding, bomLength) = (TextEncodings.Utf32LE, 4);
        }
        else if (bytes.StartsWith(Utf32BEBom))
        {
            (encoding, bomLength) = (TextEncodings.Utf32BE, 4);
        }
        else if (bytes.StartsWith(Utf16LEBom))
        {
            (encoding, bomLength) = (TextEncodings.Utf16LE, 2);
        }
        else if (bytes.StartsWith(Utf16BEBom))
        {
            (encoding, bomLength) = (TextEncodings.Utf16BE, 2);
        }
        else
        {
            (encoding, bomLength) = (string.Empty, 0);
            return false;
        }
        return true;
    }
}
