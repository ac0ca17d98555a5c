using UtfUnknown;

namespace TextPipe.Text;

/// <summary>
/// Chooses the encoding of input that is not UTF-8 and has no NUL bytes: GB18030, Big5, Shift_JIS, EUC-KR,
/// EUC-JP, UTF-16 without BOM or zero bytes, or a single-byte encoding. UTF.Unknown gives the first opinion; it
/// is reliable on paragraphs but not on short CJK input (for a few GBK or Big5 characters it returns null or a
/// single-byte code page such as KOI8-R or IBM852), so its multi-byte verdicts are kept only when confident,
/// and otherwise every CJK candidate is decoded and scored by the common characters it yields
/// (<see cref="TextPlausibility"/>).
/// </summary>
internal static class LegacyEncodingDetector
{
    /// <summary>UTF.Unknown's multi-byte verdicts at or above this confidence are kept (it says 0.99 when it knows).</summary>
    private const float TrustedMultiByteConfidence = 0.95f;

    /// <summary>A trusted verdict must still decode to something that is not garbage.</summary>
    private const double TrustedMultiByteMinScore = 0.2;

    /// <summary>Its single-byte verdicts other than Windows-1252 at or above this confidence are kept.</summary>
    private const float TrustedSingleByteConfidence = 0.9f;

    /// <summary>The best CJK candidate is chosen at this score...</summary>
    private const double MinCjkScore = 0.5;

    /// <summary>...or at this one when it decodes without errors and nothing else fits (text with rarer characters).</summary>
    private const double MinWeakCjkScore = 0.2;

    /// <summary>UTF-16 without zero bytes must score (leniently) at least this and beat every legacy candidate by <see cref="Utf16Margin"/>.</summary>
    private const double MinUtf16Score = 0.6;

    private const double Utf16Margin = 0.2;

    /// <summary>Ties between CJK candidates go to UTF.Unknown's choice.</summary>
    private const double DetectorTieBreak = 0.05;

    private static readonly (string Name, ScriptProfile Profile)[] CjkCandidates =
    [
        (TextEncodings.Gb18030, ScriptProfile.Chinese),
        (TextEncodings.Big5, ScriptProfile.Chinese),
        (TextEncodings.ShiftJis, ScriptProfile.Japanese),
        (TextEncodings.EucKr, ScriptProfile.Korean),
        (TextEncodings.EucJp, ScriptProfile.Japanese),
    ];

    /// <summary>The canonical name of the encoding to decode the input with.</summary>
    public static string Detect(DecodingSample sample)
    {
        DetectorGuess? guess = AskUtfUnknown(sample.Bytes);

        if (guess is { } confident && TextEncodings.IsCjkMultiByte(confident.Name)
            && confident.Confidence >= TrustedMultiByteConfidence)
        {
            SampleDecoding decoded = sample.Decode(confident.Name);
            if (decoded.Errors * 100L <= decoded.Text.Length
                && TextPlausibility.CjkTally(decoded.Text, ProfileOf(confident.Name)).Score >= TrustedMultiByteMinScore)
            {
                return confident.Name;
            }
        }

        Candidate best = BestCjkCandidate(sample, guess);
        if (Utf16Sniffer.BestWithoutZeros(sample) is var (utf16, tally)
            && tally.FewBad
            && tally.LenientScore >= MinUtf16Score
            && tally.LenientScore >= best.Score + Utf16Margin)
        {
            return utf16;
        }
        if (best.Score >= MinCjkScore)
        {
            return best.Name;
        }
        return ChooseOther(sample, guess, best);
    }

    private static Candidate BestCjkCandidate(DecodingSample sample, DetectorGuess? guess)
    {
        var best = new Candidate(TextEncodings.Gb18030, double.NegativeInfinity, int.MaxValue);
        foreach (var (name, profile) in CjkCandidates)
        {
            SampleDecoding decoded = sample.Decode(name);
            double score = TextPlausibility.CjkTally(decoded.Text, profile).Score;
            if (guess?.Name == name)
            {
                score += DetectorTieBreak;
            }
            if (score > best.Score)
            {
                best = new Candidate(name, score, decoded.Errors);
            }
        }
        return best;
    }

    /// <summary>No CJK candidate is convincing: a confident single-byte verdict, Latin text, weakly CJK text, or UTF.Unknown's guess.</summary>
    private static string ChooseOther(DecodingSample sample, DetectorGuess? guess, Candidate bestCjk)
    {
        bool guessIsSingleByte = guess is { } g && !TextEncodings.IsCjkMultiByte(g.Name)
            && g.Name is not (TextEncodings.Utf16LE or TextEncodings.Utf16BE or TextEncodings.Utf32LE or TextEncodings.Utf32BE);
        if (guessIsSingleByte && guess!.Value.Name != TextEncodings.Windows1252
            && guess.Value.Confidence >= TrustedSingleByteConfidence)
        {
            return guess.Value.Name;
        }
        // UTF.Unknown often names ISO-8859-2, x-mac-ce or IBM852 for short French or German text; when the bytes
        // read as Latin text in Windows-1252, or decode the same in both, Windows-1252 is the likelier encoding.
        string latin = sample.Decode(TextEncodings.Windows1252).Text;
        if (TextPlausibility.LooksLikeLatinText(latin)
            || (guessIsSingleByte && guess!.Value.Name is not (TextEncodings.Windows1252 or TextEncodings.Utf8)
                && sample.Decode(guess.Value.Name).Text == latin))
        {
            return TextEncodings.Windows1252;
        }
        if (bestCjk.Score >= MinWeakCjkScore && bestCjk.Errors == 0)
        {
            return bestCjk.Name;
        }
        if (guessIsSingleByte)
        {
            return guess!.Value.Name;
        }
        if (guess is { } multiByte && sample.Decode(multiByte.Name).Errors == 0)
        {
            return multiByte.Name;
        }
        return TextEncodings.Windows1252;
    }

    private static ScriptProfile ProfileOf(string name)
    {
        foreach (var (candidate, profile) in CjkCandidates)
        {
            if (candidate == name)
            {
                return profile;
            }
        }
        return ScriptProfile.Any;
    }

    private static DetectorGuess? AskUtfUnknown(ReadOnlySpan<byte> sample)
    {
        DetectionDetail? detected = CharsetDetector.DetectFromBytes(sample.ToArray())?.Detected;
        string? name = TextEncodings.Canonicalize(detected?.EncodingName);
        return detected is null || name is null ? null : new DetectorGuess(name, detected.Confidence);
    }

    private readonly record struct DetectorGuess(string Name, float Confidence);

    private readonly record struct Candidate(string Name, double Score, int Errors);
}
