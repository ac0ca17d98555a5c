using System.Text;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// The two common crossings of Chinese encodings: UTF-8 Chinese read as GBK (<c>鍙傝€冩秷鎭</c>: rare
/// characters, each made of half of two real ones) and GBK Chinese read as Latin-1 / Windows-1252
/// (<c>ÖÐ¹ú</c>). A repair is kept only when it turns rare characters into frequent ones: real Chinese is
/// mostly made of a few thousand characters, mojibake is spread over the whole repertoire.
/// </summary>
internal static class GbkMojibake
{
    private static readonly Encoding Gbk = Text.TextEncodings.StrictGbk;

    public const string Utf8AsGbkNote = "mojibake: utf-8 read as gbk";
    public const string GbkAsLatin1Note = "mojibake: gbk read as windows-1252";

    /// <summary>UTF-8 read as GBK: runs of non-ASCII GBK characters whose bytes are well-formed UTF-8 Chinese.</summary>
    public static List<TextChange> Utf8ReadAsGbk(string text)
    {
        var changes = new List<TextChange>();
        int i = 0;
        Span<byte> buffer = stackalloc byte[4];
        while (i < text.Length)
        {
            if (GbkLength(text[i], buffer) == 0)
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && GbkLength(text[i], buffer) > 0)
            {
                i++;
            }
            if (i - start >= 3 && MayHoldUtf8(text, start, i))
            {
                RepairUtf8Run(text, start, i, changes);
            }
        }
        return changes;
    }

    /// <summary>Bytes GBK spends on a non-ASCII character (2, or 1 for €), or 0 when it has none.</summary>
    private static int GbkLength(char c, Span<byte> buffer) => GbkCharacterBytes.Get(c, buffer);

    /// <summary>
    /// Whether the run holds a character whose GBK bytes open a three-byte UTF-8 sequence: without one there is
    /// nothing to repair, and ordinary Chinese (mostly frequent characters, whose GBK lead bytes are below E0)
    /// is passed over without building its bytes.
    /// </summary>
    private static bool MayHoldUtf8(string text, int start, int end)
    {
        for (int c = start; c < end; c++)
        {
            if (GbkCharacterBytes.MayStartUtf8(text[c]))
            {
                return true;
            }
        }
        return false;
    }

    private static void RepairUtf8Run(string text, int start, int end, List<TextChange> changes)
    {
        // Where each character's bytes start: three-byte UTF-8 sequences cut GBK's characters in half, and only
        // a stretch that starts and ends on a character boundary can be replaced exactly.
        var charAt = new Dictionary<int, int>();
        var bytes = new List<byte>();
        Span<byte> buffer = stackalloc byte[4];
        for (int c = start; c < end; c++)
        {
            charAt[bytes.Count] = c;
            int n = GbkLength(text[c], buffer);
            for (int k = 0; k < n; k++)
            {
                bytes.Add(buffer[k]);
            }
        }
        charAt[bytes.Count] = end;
        byte[] all = [.. bytes];
        int j = 0;
        while (j < all.Length)
        {
            if (!charAt.ContainsKey(j) || Utf8Sequence.Match(all, j, out _) != 3)
            {
                j++;
                continue;
            }
            int first = j;
            var decoded = new StringBuilder();
            int alignedEnd = -1;
            string alignedText = "";
            while (j < all.Length && Utf8Sequence.Match(all, j, out int cp) == 3)
            {
                decoded.Append((char)cp);
                j += 3;
                if (charAt.ContainsKey(j))
                {
                    alignedEnd = j;
                    alignedText = decoded.ToString();
                }
            }
            if (alignedEnd < 0)
            {
                continue;
            }
            int charStart = charAt[first];
            string before = text[charStart..charAt[alignedEnd]];
            if (MoreCommon(before, alignedText))
            {
                changes.Add(new TextChange(charStart, before.Length, alignedText, Utf8AsGbkNote));
            }
        }
    }

    /// <summary>GBK read as Windows-1252: runs of high bytes that pair up into frequent Chinese characters.</summary>
    public static List<TextChange> GbkReadAsLatin1(string text)
    {
        var changes = new List<TextChange>();
        var codec = MojibakeCodec.Windows1252;
        if (!codec.MayHaveReadBytes(text))
        {
            return changes; // no character a high byte became: nothing was GBK
        }
        // One byte list for the whole block: every accented Latin letter (é is 0xE9) opens a candidate run, and
        // almost all of them end after one pair, so a list per run was mostly garbage.
        var bytes = new List<byte>();
        int i = 0;
        while (i < text.Length)
        {
            int lead = codec.ByteOf(text[i]);
            if (lead < 0x81 || lead > 0xFE)
            {
                i++;
                continue;
            }
            int start = i;
            bytes.Clear();
            while (i + 1 < text.Length)
            {
                int b1 = codec.ByteOf(text[i]);
                int b2 = codec.ByteOf(text[i + 1]);
                if (b1 is < 0x81 or > 0xFE || b2 is < 0x40 or > 0xFE or 0x7F)
                {
                    break;
                }
                bytes.Add((byte)b1);
                bytes.Add((byte)b2);
                i += 2;
            }
            if (bytes.Count < 4)
            {
                i = start + 1;
                continue;
            }
            string decoded;
            try
            {
                decoded = Gbk.GetString([.. bytes]);
            }
            catch (DecoderFallbackException)
            {
                continue;
            }
            string before = text[start..i];
            if (decoded.All(c => Scripts.IsHan(c) || Scripts.IsCjkPunctuation(c)) && MoreCommon(before, decoded))
            {
                changes.Add(new TextChange(start, i - start, decoded, GbkAsLatin1Note));
            }
        }
        return changes;
    }

    /// <summary>Whether <paramref name="after"/> is mostly frequent Chinese characters and clearly more so than before.</summary>
    private static bool MoreCommon(string before, string after)
    {
        int hanAfter = after.Count(Scripts.IsHan);
        if (hanAfter < 2 || after.Any(c => !Scripts.IsCjk(c)))
        {
            return false;
        }
        double shareAfter = (double)after.Count(CommonCharacters.IsCommonHan) / hanAfter;
        int hanBefore = before.Count(Scripts.IsHan);
        double shareBefore = hanBefore == 0 ? 0 : (double)before.Count(CommonCharacters.IsCommonHan) / hanBefore;
        return shareAfter >= 0.6 && shareBefore <= shareAfter - 0.3;
    }
}
