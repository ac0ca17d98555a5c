namespace TextPipe.Text;

/// <summary>
/// Recognises UTF-16 without a BOM by decoding both byte orders and comparing how plausible the results are.
/// With zero bytes (any ASCII: spaces, newlines, digits) the right order wins by a wide margin; without any,
/// the candidates join the legacy-encoding contest in <see cref="LegacyEncodingDetector"/>.
/// </summary>
internal static class Utf16Sniffer
{
    /// <summary>The winning byte order must score at least this...</summary>
    public const double MinScore = 0.5;

    /// <summary>...and beat the other order by this much.</summary>
    public const double MinMargin = 0.2;

    /// <summary>Score (common CJK characters) that explains zero bytes without ASCII around.</summary>
    private const double MinCommonCjkScore = 0.5;

    /// <summary>Below this score, a reading made mostly of two-printable-ASCII-byte units is ASCII, not UTF-16.</summary>
    private const double MaxAsciiPairsCjkScore = 0.3;

    /// <summary>
    /// For input with NUL bytes: utf-16le, utf-16be, or null when neither order reads as text (scored leniently:
    /// rare Han counts half, as the wrong order yields unassigned, private-use and surrogate code points). One
    /// character is too short to tell: 一 (U+4E00) in one order is "N" in the other.
    /// </summary>
    public static string? DetectWithZeros(DecodingSample sample)
    {
        ReadOnlySpan<byte> units = sample.Whole(2);
        if (units.Length < 2)
        {
            return null;
        }
        double le = GeneralScore(units, sample.ReachesEnd, TextEncodings.Utf16LE);
        double be = GeneralScore(units, sample.ReachesEnd, TextEncodings.Utf16BE);
        (string name, double best, double other) = le >= be
            ? (TextEncodings.Utf16LE, le, be)
            : (TextEncodings.Utf16BE, be, le);
        return best >= MinScore && best - other >= MinMargin ? name : null;
    }

    /// <summary>
    /// For input without zero bytes (mostly-CJK text has none): the likelier byte order and its tally, or null
    /// when the input is too short (under two characters) to judge.
    /// </summary>
    public static (string Encoding, PlausibilityTally Tally)? BestWithoutZeros(DecodingSample sample)
    {
        ReadOnlySpan<byte> units = sample.Whole(2);
        if (units.Length < 4)
        {
            return null;
        }
        PlausibilityTally le = CjkTally(units, sample.ReachesEnd, TextEncodings.Utf16LE);
        PlausibilityTally be = CjkTally(units, sample.ReachesEnd, TextEncodings.Utf16BE);
        (string Encoding, PlausibilityTally Tally) best =
            le.LenientScore >= be.LenientScore ? (TextEncodings.Utf16LE, le) : (TextEncodings.Utf16BE, be);
        return IsAsciiReadAsUtf16(units, best.Tally.Score) ? null : best;
    }

    private static double GeneralScore(ReadOnlySpan<byte> units, bool reachesEnd, string encoding)
    {
        string text = TextEncodings.DecodeSample(units, reachesEnd, encoding).Text;
        PlausibilityTally tally = TextPlausibility.GeneralTally(text);
        if (tally.HasNul || !tally.FewBad)
        {
            return double.NegativeInfinity;
        }
        // The zero bytes must be explained. In real UTF-16 they are mostly the high bytes of ASCII and Latin-1
        // characters; ASCII with a stray NUL read as UTF-16 instead puts them in U+xx00 code units (and yields
        // rare ideographs). Text without ASCII whose zeros all come from 一 (U+4E00) passes on common characters.
        int latin = 0;
        int lowZero = 0;
        foreach (char c in text)
        {
            if (c < 0x100)
            {
                latin++;
            }
            else if ((c & 0xFF) == 0)
            {
                lowZero++;
            }
        }
        double commonCjk = TextPlausibility.CjkTally(text, ScriptProfile.Any).Score;
        bool zerosExplained = latin >= lowZero || commonCjk >= MinCommonCjkScore;
        return zerosExplained && !IsAsciiReadAsUtf16(units, commonCjk) ? tally.LenientScore : double.NegativeInfinity;
    }

    /// <summary>
    /// Whether the bytes look like ASCII text read two bytes at a time: most units are two printable ASCII bytes
    /// (U+2020 to U+7E7E, nearly all rare ideographs) and the reading has few common characters. Real Japanese
    /// has many such units too (hiragana are U+3041 to U+3093) but scores high on kana.
    /// </summary>
    private static bool IsAsciiReadAsUtf16(ReadOnlySpan<byte> units, double commonCjkScore)
    {
        if (commonCjkScore >= MaxAsciiPairsCjkScore)
        {
            return false;
        }
        int pairs = 0;
        for (int i = 0; i + 1 < units.Length; i += 2)
        {
            if (IsAsciiTextByte(units[i]) && IsAsciiTextByte(units[i + 1]))
            {
                pairs++;
            }
        }
        return pairs * 10L >= (units.Length / 2) * 6L;
    }

    private static bool IsAsciiTextByte(byte b) => b is >= 0x20 and <= 0x7E or (byte)'\t' or (byte)'\n' or (byte)'\r';

    private static PlausibilityTally CjkTally(ReadOnlySpan<byte> units, bool reachesEnd, string encoding) =>
        TextPlausibility.CjkTally(TextEncodings.DecodeSample(units, reachesEnd, encoding).Text, ScriptProfile.Any);
}
