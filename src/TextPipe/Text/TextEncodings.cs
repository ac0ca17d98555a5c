using System.Text;

namespace TextPipe.Text;

/// <summary>
/// The encoding names <see cref="TextDecoder"/> reports and the .NET encodings behind them. Registers the
/// code-page provider (legacy encodings: GB18030, Big5, Shift_JIS, EUC-KR, Windows-125x...) once.
/// </summary>
internal static class TextEncodings
{
    public const string Utf8 = "utf-8";
    public const string Utf16LE = "utf-16le";
    public const string Utf16BE = "utf-16be";
    public const string Utf32LE = "utf-32le";
    public const string Utf32BE = "utf-32be";
    public const string Gb18030 = "gb18030";
    public const string Big5 = "big5";
    public const string ShiftJis = "shift_jis";
    public const string EucKr = "euc-kr";
    public const string EucJp = "euc-jp";
    public const string Windows1252 = "windows-1252";

    static TextEncodings()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        StrictGbk = Encoding.GetEncoding(936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>
    /// GBK (code page 936) that throws on bytes or characters it cannot map, for the repairs that must know
    /// whether bytes really are GBK (mojibake, PDF text drawn in GBK through a Western font).
    /// </summary>
    public static Encoding StrictGbk { get; }

    /// <summary>Whether <paramref name="name"/> is one of the East Asian multi-byte encodings.</summary>
    public static bool IsCjkMultiByte(string name) => name is Gb18030 or Big5 or ShiftJis or EucKr or EucJp;

    /// <summary>
    /// Maps a name as UTF.Unknown or a label spells it to the name reported, or null when .NET cannot decode it.
    /// GBK and GB2312 become GB18030 (a superset); ISO-8859-1 and ASCII become Windows-1252 (as browsers do).
    /// </summary>
    public static string? Canonicalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        string lower = name.Trim().ToLowerInvariant();
        string canonical = lower switch
        {
            "gb18030" or "gbk" or "gb2312" or "cp936" or "windows-936" or "x-cp20936" => Gb18030,
            "big5" or "big5-hkscs" or "cp950" or "windows-950" => Big5,
            "shift_jis" or "shift-jis" or "sjis" or "cp932" or "windows-31j" or "windows-932" => ShiftJis,
            "euc-kr" or "cp949" or "windows-949" or "uhc" or "ks_c_5601-1987" => EucKr,
            "euc-jp" or "x-euc-jp" => EucJp,
            "iso-8859-1" or "latin1" or "ascii" or "us-ascii" or "windows-1252" or "cp1252" => Windows1252,
            "utf8" or "utf-8" => Utf8,
            "utf-16" or "utf-16le" => Utf16LE,
            "utf-16be" => Utf16BE,
            "utf-32" or "utf-32le" => Utf32LE,
            "utf-32be" => Utf32BE,
            _ => lower,
        };
        return CodePageOf(canonical) is not null ? canonical : null;
    }

    /// <summary>The .NET code page for a canonical name, or null when it is not available.</summary>
    public static int? CodePageOf(string name)
    {
        switch (name)
        {
            case Utf8: return 65001;
            case Utf16LE: return 1200;
            case Utf16BE: return 1201;
            case Utf32LE: return 12000;
            case Utf32BE: return 12001;
            case Gb18030: return 54936;
            case Big5: return 950;
            case ShiftJis: return 932;
            case EucKr: return 51949; // also decodes the UHC (CP949) extension
            case EucJp: return 51932;
            case Windows1252: return 1252;
        }
        try
        {
            return Encoding.GetEncoding(name).CodePage;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The encoding for a canonical name, decoding with <paramref name="fallback"/>.</summary>
    public static Encoding Get(string name, DecoderFallback fallback)
    {
        int codePage = CodePageOf(name) ?? throw new ArgumentException($"unsupported encoding '{name}'", nameof(name));
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, fallback);
    }

    /// <summary>
    /// Decodes a sample for scoring. When the sample stops before the end of the input, a character cut
    /// in two at its end is left out rather than counted as an error.
    /// </summary>
    public static SampleDecoding DecodeSample(ReadOnlySpan<byte> sample, bool reachesEnd, string name)
    {
        var fallback = new CountingDecoderFallback();
        Encoding encoding = Get(name, fallback);
        Decoder decoder = encoding.GetDecoder();
        char[] buffer = new char[encoding.GetMaxCharCount(sample.Length)];
        int written = decoder.GetChars(sample, buffer, flush: reachesEnd);
        return new SampleDecoding(new string(buffer, 0, written), fallback.Count);
    }
}

/// <summary>A decoded sample and the number of byte sequences that could not be decoded (each became U+FFFD).</summary>
internal readonly record struct SampleDecoding(string Text, int Errors);
