namespace TextPipe.Cleanup.Rules;

/// <summary>Finds well-formed UTF-8 multi-byte sequences in bytes recovered from mojibake.</summary>
internal static class Utf8Sequence
{
    /// <summary>
    /// Length of the multi-byte sequence at <paramref name="i"/> and the code point it encodes, or 0 when none
    /// starts there. Accepts the surrogate pairs CESU-8 (Java's "modified UTF-8") writes for emoji as one
    /// six-byte sequence; rejects overlong forms and lone surrogates.
    /// </summary>
    public static int Match(ReadOnlySpan<byte> bytes, int i, out int codePoint)
    {
        codePoint = 0;
        byte lead = bytes[i];
        int length = lead switch
        {
            >= 0xC2 and <= 0xDF => 2,
            >= 0xE0 and <= 0xEF => 3,
            >= 0xF0 and <= 0xF4 => 4,
            _ => 0,
        };
        if (length == 0 || i + length > bytes.Length)
        {
            return 0;
        }
        for (int k = 1; k < length; k++)
        {
            if (!IsContinuation(bytes[i + k]))
            {
                return 0;
            }
        }
        byte second = bytes[i + 1];
        if ((lead == 0xE0 && second < 0xA0) || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F))
        {
            return 0;
        }
        codePoint = length switch
        {
            2 => ((lead & 0x1F) << 6) | (second & 0x3F),
            3 => ((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (bytes[i + 2] & 0x3F),
            _ => ((lead & 0x07) << 18) | ((second & 0x3F) << 12) | ((bytes[i + 2] & 0x3F) << 6) | (bytes[i + 3] & 0x3F),
        };
        if (codePoint is >= 0xD800 and <= 0xDFFF)
        {
            if (codePoint <= 0xDBFF && i + 6 <= bytes.Length
                && bytes[i + 3] == 0xED && bytes[i + 4] is >= 0xB0 and <= 0xBF && IsContinuation(bytes[i + 5]))
            {
                int low = 0xD000 | ((bytes[i + 4] & 0x3F) << 6) | (bytes[i + 5] & 0x3F);
                codePoint = char.ConvertToUtf32((char)codePoint, (char)low);
                return 6;
            }
            return 0;
        }
        return length;
    }

    public static bool IsContinuation(byte b) => b is >= 0x80 and <= 0xBF;
}
