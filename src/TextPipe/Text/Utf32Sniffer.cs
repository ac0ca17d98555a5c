namespace TextPipe.Text;

/// <summary>
/// Recognises UTF-32 without a BOM: every 4-byte unit holds a code point up to U+10FFFF (so its top byte is
/// zero and the next at most 0x10), and the decoded text is plausible.
/// </summary>
internal static class Utf32Sniffer
{
    public const double MinScore = 0.5;

    /// <summary>Fewer code units than this are judged only when every one is a common character (中文 yes, 𠀁ჿ no).</summary>
    private const int MinUnits = 4;

    /// <summary>utf-32le, utf-32be, or null.</summary>
    public static string? Detect(DecodingSample sample)
    {
        ReadOnlySpan<byte> bytes = sample.Bytes;
        if (bytes.Length < 4 || (sample.ReachesEnd && bytes.Length % 4 != 0))
        {
            return null;
        }
        ReadOnlySpan<byte> units = sample.Whole(4);
        string? candidate = FitsEveryUnit(units, bigEndian: false) ? TextEncodings.Utf32LE
            : FitsEveryUnit(units, bigEndian: true) ? TextEncodings.Utf32BE
            : null;
        if (candidate is null)
        {
            return null;
        }
        string text = TextEncodings.DecodeSample(units, sample.ReachesEnd, candidate).Text;
        PlausibilityTally tally = TextPlausibility.GeneralTally(text);
        bool enoughToJudge = units.Length >= MinUnits * 4 || tally.Score >= 0.99;
        return !tally.HasNul && tally.FewBad && tally.LenientScore >= MinScore && enoughToJudge ? candidate : null;
    }

    private static bool FitsEveryUnit(ReadOnlySpan<byte> units, bool bigEndian)
    {
        for (int i = 0; i < units.Length; i += 4)
        {
            (byte top, byte plane) = bigEndian ? (units[i], units[i + 1]) : (units[i + 3], units[i + 2]);
            if (top != 0 || plane > 0x10)
            {
                return false;
            }
        }
        return true;
    }
}
