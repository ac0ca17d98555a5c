using System.Globalization;

namespace TextPipe.Text;

/// <summary>Which scripts a candidate encoding is expected to carry; kana count as evidence only for Japanese, Hangul only for Korean.</summary>
internal enum ScriptProfile
{
    Chinese,
    Japanese,
    Korean,

    /// <summary>Any script (UTF-16/32, which can carry all of them).</summary>
    Any,
}

/// <summary>
/// Tallies how much a decoded text looks like real text, to choose between candidate encodings: characters are
/// good (common), neutral (valid but rare, or not telling) or bad (what wrong decodings produce).
/// </summary>
internal static class TextPlausibility
{
    internal enum Verdict
    {
        Neutral,
        Good,
        Bad,
    }

    /// <summary>
    /// Tally for East Asian text decoded with a candidate encoding. ASCII is left out (every candidate decodes it
    /// alike) except where it betrays a wrong decoding: control characters and single ASCII letters wedged between
    /// non-ASCII characters (what UTF-16 bytes look like through a legacy decoder). Kana count as good only for
    /// Japanese and <see cref="ScriptProfile.Any"/>, Hangul only for Korean and Any.
    /// </summary>
    public static PlausibilityTally CjkTally(ReadOnlySpan<char> text, ScriptProfile profile)
    {
        var tally = default(PlausibilityTally.Builder);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80)
            {
                if (ControlBytes.IsNonText(c) || (char.IsAsciiLetter(c) && IsWedged(text, i)))
                {
                    tally.Add(Verdict.Bad);
                }
                continue;
            }
            if (char.IsSurrogate(c))
            {
                tally.Add(IsPairAt(text, i) ? Verdict.Neutral : Verdict.Bad);
                i += IsPairAt(text, i) ? 1 : 0;
                continue;
            }
            tally.Add(Classify(c, profile, alphabeticScriptsAreGood: false));
        }
        return tally.Build();
    }

    /// <summary>
    /// Tally for text in any script (UTF-16/32 candidates): printable ASCII, alphabetic scripts below U+2000 and
    /// common CJK are good; rare Han and Hangul and supplementary-plane characters (emoji...) are neutral; controls, private use, unassigned code points,
    /// unpaired surrogates and U+FFFD are bad, and U+0000 is noted (no text has it).
    /// </summary>
    public static PlausibilityTally GeneralTally(ReadOnlySpan<char> text)
    {
        var tally = default(PlausibilityTally.Builder);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\0')
            {
                tally.HasNul = true;
                tally.Add(Verdict.Bad);
            }
            else if (c < 0x80)
            {
                tally.Add(ControlBytes.IsNonText(c) || c == 0x7F ? Verdict.Bad : Verdict.Good);
            }
            else if (char.IsSurrogate(c))
            {
                tally.Add(IsPairAt(text, i) ? Verdict.Neutral : Verdict.Bad);
                i += IsPairAt(text, i) ? 1 : 0;
            }
            else
            {
                tally.Add(Classify(c, ScriptProfile.Any, alphabeticScriptsAreGood: true));
            }
        }
        return tally.Build();
    }

    /// <summary>
    /// Whether a Windows-1252 decoding reads as Latin-script text (French, German, Spanish...): every non-ASCII
    /// character is an accented Latin letter or usual punctuation, and accented letters are at most half the
    /// letters. Cyrillic or Greek bytes read as Windows-1252 fail the second test; Central European and Turkish
    /// ones mostly fail the first (ł, ą, ś, ź, ğ, ş come out as ³, ±, ¶, ¼, ð, þ).
    /// </summary>
    public static bool LooksLikeLatinText(ReadOnlySpan<char> text)
    {
        int letters = 0;
        int accented = 0;
        int nonAscii = 0;
        int bad = 0;
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                if (char.IsAsciiLetter(c))
                {
                    letters++;
                }
                else if (ControlBytes.IsNonText(c))
                {
                    bad++;
                }
                continue;
            }
            nonAscii++;
            if (IsLatinPunctuation(c))
            {
                continue;
            }
            if (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c) && c is not ('ð' or 'Ð' or 'þ' or 'Þ' or 'ƒ'))
            {
                letters++;
                accented++;
                continue;
            }
            bad++;
        }
        return nonAscii > 0 && bad * 100L <= nonAscii && accented * 2L <= letters;
    }

    private static bool IsLatinPunctuation(char c) => c switch
    {
        '\u00A0' or '¡' or '¢' or '£' or '¥' or '§' or '©' or 'ª' or '«' or '\u00AD' or '®' or '°' or 'µ'
            or '·' or 'º' or '»' or '½' or '¿' or '×' or '÷' => true,
        '€' or '„' or '…' or '‘' or '’' or '“' or '”' or '•' or '–' or '—' or '™' => true,
        _ => false,
    };

    /// <summary>
    /// Blocks that real text next to never uses but that random 16-bit units often fall in (about 18% of them):
    /// Glagolitic to Cyrillic Extended-A, CJK radicals and description characters, CJK Extension A, hexagrams,
    /// Yi and the scripts after it up to Hangul, Hangul Jamo Extended-B, CJK compatibility ideographs.
    /// Counted against UTF-16/32 readings only; legacy CJK encodings do map some of them (hanja duplicates).
    /// </summary>
    private static bool IsRareInText(char c) =>
        c is (>= '\u2C00' and <= '\u2DFF') or (>= '\u2E80' and <= '\u2FFF') or (>= '\u3400' and <= '\u4DFF')
            or (>= '\uA000' and <= '\uABFF') or (>= '\uD7B0' and <= '\uD7FF') or (>= '\uF900' and <= '\uFAFF');

    private static bool IsPairAt(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);

    private static bool IsWedged(ReadOnlySpan<char> text, int i) =>
        i > 0 && i < text.Length - 1 && text[i - 1] >= 0x80 && text[i + 1] >= 0x80;

    private static Verdict Classify(char c, ScriptProfile profile, bool alphabeticScriptsAreGood)
    {
        switch (c)
        {
            case '\uFFFD':
            case <= '\u009F':
            case >= '\uE000' and <= '\uF8FF':
            case >= '\uFF61' and <= '\uFF9F': // half-width katakana: what stray high bytes become in Shift_JIS
                return Verdict.Bad;
            case >= '\u4E00' and <= '\u9FFF':
                return CommonCharacters.IsCommonHan(c) ? Verdict.Good : Verdict.Neutral;
            case >= '\uAC00' and <= '\uD7A3':
                return profile is ScriptProfile.Korean or ScriptProfile.Any && CommonCharacters.IsCommonHangul(c)
                    ? Verdict.Good
                    : Verdict.Neutral;
            case >= '\u3041' and <= '\u30FF':
                return profile is ScriptProfile.Japanese or ScriptProfile.Any ? Verdict.Good : Verdict.Neutral;
            case >= '\u3000' and <= '\u303F': // CJK punctuation
            case >= '\uFF01' and <= '\uFF60': // full-width forms
            case >= '\uFE30' and <= '\uFE4F': // vertical and compatibility forms
            case >= '\u2010' and <= '\u2027': // dashes, quotes, ellipsis
            case >= '\u2030' and <= '\u205E':
                return Verdict.Good;
        }
        if (profile == ScriptProfile.Any && IsRareInText(c))
        {
            return Verdict.Bad;
        }
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category is UnicodeCategory.OtherNotAssigned or UnicodeCategory.Control or UnicodeCategory.PrivateUse
            or UnicodeCategory.Surrogate)
        {
            return Verdict.Bad;
        }
        if (c == '\uFFFE' || c == '\uFFFF')
        {
            return Verdict.Bad;
        }
        return alphabeticScriptsAreGood && c < 0x2000 ? Verdict.Good : Verdict.Neutral;
    }
}

/// <summary>Counts of good, neutral and bad characters in a decoded sample, and the scores derived from them.</summary>
internal readonly record struct PlausibilityTally(int Good, int Neutral, int Bad, bool HasNul)
{
    public int Counted => Good + Neutral + Bad;

    /// <summary>At most 5% bad characters: real text has next to none, random bytes read as UTF-16 about 15%.</summary>
    public bool FewBad => Bad * 20L <= Counted;

    /// <summary>(good - 2 * bad) / counted: from -2 (garbage) to 1 (all common characters).</summary>
    public double Score => Counted == 0 ? 0 : (Good - (2.0 * Bad)) / Counted;

    /// <summary>Like <see cref="Score"/> but rare valid characters count half: for judging UTF-16/32, where the
    /// other candidates produce unassigned, private-use or surrogate code points rather than rare Han.</summary>
    public double LenientScore => Counted == 0 ? 0 : (Good + (0.5 * Neutral) - (2.0 * Bad)) / Counted;

    internal struct Builder
    {
        private int _good;
        private int _neutral;
        private int _bad;

        public bool HasNul { get; set; }

        public void Add(TextPlausibility.Verdict verdict)
        {
            switch (verdict)
            {
                case TextPlausibility.Verdict.Good:
                    _good++;
                    break;
                case TextPlausibility.Verdict.Bad:
                    _bad++;
                    break;
                default:
                    _neutral++;
                    break;
            }
        }

        public readonly PlausibilityTally Build() => new(_good, _neutral, _bad, HasNul);
    }
}
