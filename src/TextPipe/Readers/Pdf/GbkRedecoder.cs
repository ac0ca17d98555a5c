using System.Text;
using TextPipe.Text;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Repairs Chinese text drawn in GBK bytes through a Western (WinAnsi) font: each byte comes out as a Latin-1
/// letter ("ÖÐ¹ú" for 中国). A run is re-decoded only when its raw codes form valid GBK made of CJK characters
/// and the letters as extracted are Latin-1 garbage, so real French or German text is never touched.
/// </summary>
internal static class GbkRedecoder
{
    private static readonly Encoding Gbk = Text.TextEncodings.StrictGbk;

    /// <summary>
    /// Decodes <paramref name="codes"/> (one byte per glyph) as GBK when that gives CJK text; null otherwise.
    /// Each result pairs a decoded character with the index of its first byte and the number of bytes it took.
    /// </summary>
    /// <param name="minHighBytes">High bytes needed before a run is believed: four (two characters) by default,
    /// two for a short run of a font already proven to be GBK on the page.</param>
    public static List<(string Text, int Start, int Length)>? TryDecode(ReadOnlySpan<byte> codes, int minHighBytes = 4, int minCjk = 2)
    {
        int high = 0;
        foreach (byte b in codes)
        {
            if (b >= 0x81)
            {
                high++;
            }
        }
        // At least two double-byte characters' worth of high bytes: a lone "é" is never Chinese.
        if (high < minHighBytes)
        {
            return null;
        }
        var result = new List<(string, int, int)>(codes.Length);
        int cjk = 0;
        int ascii = 0;
        int i = 0;
        Span<byte> pair = stackalloc byte[2];
        Span<char> chars = stackalloc char[2];
        while (i < codes.Length)
        {
            byte b = codes[i];
            if (b < 0x80)
            {
                result.Add((((char)b).ToString(), i, 1));
                ascii += char.IsAsciiLetter((char)b) ? 1 : 0;
                i++;
                continue;
            }
            if (b == 0x80 || b == 0xFF || i + 1 >= codes.Length)
            {
                return null;
            }
            pair[0] = b;
            // WinAnsi names both 0x2D and 0xAD "hyphen", so a trail byte 0xAD comes back as '-'; 0x2D is never a
            // GBK trail byte, so reading it as 0xAD loses nothing.
            pair[1] = codes[i + 1] == 0x2D ? (byte)0xAD : codes[i + 1];
            int written;
            try
            {
                written = Gbk.GetChars(pair, chars);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }
            if (written != 1)
            {
                return null;
            }
            char c = chars[0];
            if (Scripts.IsCjk(c) || char.IsPunctuation(c) || char.IsSymbol(c) || c is >= '\uFF01' and <= '\uFF5E')
            {
                cjk += Scripts.IsCjkLetter(c) ? 1 : 0;
            }
            else
            {
                return null;
            }
            result.Add((c.ToString(), i, 2));
            i += 2;
        }
        // French or German through a Latin font decodes to a few CJK characters among many ASCII letters.
        return cjk >= minCjk && cjk * 2 >= ascii ? result : null;
    }

    /// <summary>
    /// True when <paramref name="text"/> looks like GBK bytes read as Latin-1: no character outside Windows-1252,
    /// and its high characters come in pairs (lead and trail byte), where accented European text has them alone.
    /// </summary>
    public static bool LooksLikeLatin1Garbage(string text, int minHigh = 4)
    {
        int high = 0;
        int paired = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c > 0xFF && c != '\u2013' && c != '\u2014' && c != '\u2018' && c != '\u2019' && c != '\u201C' && c != '\u201D' && c != '\u20AC')
            {
                return false;
            }
            if (c >= 0x80)
            {
                high++;
                bool before = i > 0 && (text[i - 1] >= 0x80 || text[i - 1] == '-');
                bool after = i + 1 < text.Length && (text[i + 1] >= 0x80 || text[i + 1] == '-');
                paired += before || after ? 1 : 0;
            }
        }
        return high >= minHigh && paired >= 0.9 * high;
    }
}
