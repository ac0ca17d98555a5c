using System.Buffers.Binary;
using System.Text;

namespace TextPipe.Text;

/// <summary>
/// Finds the first invalid code unit in UTF-16 or UTF-32 bytes. .NET's UTF-16 decoder reports an unpaired
/// surrogate to the fallback at the position of the unit after it, so the offset is worked out here instead.
/// </summary>
internal static class UnicodeErrorLocator
{
    /// <summary>Byte offset of the first undecodable unit (or of a dangling partial unit at the end), or -1.</summary>
    public static int FirstError(ReadOnlySpan<byte> bytes, string encoding) => encoding switch
    {
        TextEncodings.Utf16LE => FirstUtf16Error(bytes, bigEndian: false),
        TextEncodings.Utf16BE => FirstUtf16Error(bytes, bigEndian: true),
        TextEncodings.Utf32LE => FirstUtf32Error(bytes, bigEndian: false),
        TextEncodings.Utf32BE => FirstUtf32Error(bytes, bigEndian: true),
        _ => -1,
    };

    private static int FirstUtf16Error(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        int whole = bytes.Length & ~1;
        for (int i = 0; i < whole; i += 2)
        {
            char unit = (char)Read16(bytes[i..], bigEndian);
            if (char.IsLowSurrogate(unit))
            {
                return i;
            }
            if (char.IsHighSurrogate(unit))
            {
                if (i + 4 > whole || !char.IsLowSurrogate((char)Read16(bytes[(i + 2)..], bigEndian)))
                {
                    return i;
                }
                i += 2;
            }
        }
        return whole < bytes.Length ? whole : -1;
    }

    private static int FirstUtf32Error(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        int whole = bytes.Length & ~3;
        for (int i = 0; i < whole; i += 4)
        {
            uint value = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes[i..]) : BinaryPrimitives.ReadUInt32LittleEndian(bytes[i..]);
            if (!Rune.IsValid(value))
            {
                return i;
            }
        }
        return whole < bytes.Length ? whole : -1;
    }

    private static ushort Read16(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
}
