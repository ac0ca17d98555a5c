using System.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// GBK's bytes for each UTF-16 unit, worked out once per character and kept. The mojibake rule asks for every
/// non-ASCII character of every Chinese block on every pass; encoding one character at a time cost an encoder
/// call each, and an exception for each character GBK cannot map.
/// </summary>
internal static class GbkCharacterBytes
{
    // Replacement instead of an exception: a character GBK cannot map comes out as "?", which no non-ASCII
    // character encodes to, so it is told apart without a throw.
    private static readonly Encoding Gbk = CreateEncoding();

    // 0: not worked out yet; otherwise Known | length << 16 | bytes (lead << 8 | trail, or the one byte).
    // Racing threads write the same value, and an int is written whole.
    private static readonly int[] Codes = new int[char.MaxValue + 1];
    private const int Known = 1 << 24;

    private static Encoding CreateEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936, new EncoderReplacementFallback("?"), DecoderFallback.ExceptionFallback);
    }

    /// <summary>Bytes GBK spends on a non-ASCII character (2, or 1 for €), written to <paramref name="buffer"/>; 0 when it has none.</summary>
    public static int Get(char c, Span<byte> buffer)
    {
        if (c < 0x80 || char.IsSurrogate(c))
        {
            return 0;
        }
        int code = Codes[c];
        if (code == 0)
        {
            code = Codes[c] = Compute(c);
        }
        int length = (code >> 16) & 0xFF;
        if (length == 2)
        {
            buffer[0] = (byte)(code >> 8);
            buffer[1] = (byte)code;
        }
        else if (length == 1)
        {
            buffer[0] = (byte)code;
        }
        return length;
    }

    /// <summary>
    /// Whether the character's GBK bytes could open a three-byte UTF-8 sequence (lead E0–EF, trail a
    /// continuation byte): only such a character can start UTF-8 Chinese that was read as GBK.
    /// </summary>
    public static bool MayStartUtf8(char c)
    {
        Span<byte> buffer = stackalloc byte[2];
        return Get(c, buffer) == 2 && buffer[0] is >= 0xE0 and <= 0xEF && Utf8Sequence.IsContinuation(buffer[1]);
    }

    private static int Compute(char c)
    {
        Span<byte> bytes = stackalloc byte[8];
        int length = Gbk.GetBytes([c], bytes);
        return length switch
        {
            1 when bytes[0] != (byte)'?' => Known | (1 << 16) | bytes[0],
            2 => Known | (2 << 16) | (bytes[0] << 8) | bytes[1],
            _ => Known,
        };
    }
}
