using System.Globalization;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// How unlike real text a word is, in the spirit of ftfy's "badness": mojibake leaves character pairs that
/// real writing almost never has (an accented letter followed by a Windows-1252 symbol, <c>Ã©</c>, <c>â€</c>),
/// capitals inside lowercase words, and rare characters (IPA, Armenian, C1 controls) when the wrong code page
/// is undone. A repair is worth making only when it lowers this score.
/// </summary>
internal static class MojibakeBadness
{
    /// <summary>
    /// Badness of one word (a run without white space) when <paramref name="codec"/> is the suspected wrong
    /// decoding: a letter that the code page makes from a UTF-8 lead byte, followed by a character it makes
    /// from a continuation byte, is the pair real text rarely has and mojibake always has.
    /// </summary>
    public static int Of(ReadOnlySpan<char> word, MojibakeCodec codec)
    {
        int score = 0;
        int upperRun = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (c < 0x80 && !char.IsAsciiLetter(c))
            {
                upperRun = 0;
                continue;
            }
            char prev = i > 0 ? word[i - 1] : '\0';
            char next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (c is >= '\u0080' and <= '\u009F')
            {
                score += 3;
            }
            else if (IsRare(c))
            {
                score += 3;
            }
            else if (IsSymbol(c) && (IsWordChar(prev) || IsWordChar(next)) && !IsApostrophe(c, prev, next))
            {
                score += 1;
            }
            if (prev != '\0' && char.IsLetter(prev) && codec.ByteOf(prev) is >= 0xC2 and <= 0xF4 && (c == '\uFFFD' || codec.ByteOf(c) is >= 0x80 and <= 0xBF))
            {
                // A letter after a lead letter still looks like writing (HÅØYA); a symbol there does not.
                score += char.IsLetter(c) ? 1 : 0;
                // Ã©, â€, Ã¥: the signature of UTF-8 read as a single-byte code page. Closing punctuation at the
                // end of a word (VOCÊ…) and apostrophes (JOSÉ’s) are plausible, so they weigh less.
                score += char.IsLetter(c) ? 0 : (IsClosingPunctuation(c) && (next == '\0' || !char.IsLetterOrDigit(next))) || IsApostrophe(c, prev, next) ? 1 : 2;
            }
            if (IsSymbol(prev) && IsSymbol(c) && (prev >= 0x80 || c >= 0x80))
            {
                score += 1;
            }
            if (c >= 0x80 && IsSymbol(c) && c is not ('·' or '’') && char.IsLetter(prev) && char.IsLetter(next))
            {
                score += 1; // wei√ü, n÷m: a symbol inside a word
            }
            if (char.IsLetter(c))
            {
                if (char.IsUpper(c) && c >= 0x80 && char.IsLower(prev))
                {
                    score += 1; // rÃ©gime: a capital inside a lowercase word
                }
                if (char.IsLower(c) && (c >= 0x80 ? upperRun >= 2 || (char.IsUpper(prev) && char.IsUpper(next)) : upperRun >= 2 && char.IsUpper(prev) && prev >= 0x80))
                {
                    score += 2; // AHř, MģÄM, ÄÆdomu: lowercase after capitals
                }
                if (char.IsLetter(prev) && ScriptOf(prev) != ScriptOf(c))
                {
                    score += 3; // Brontë… read as Hangul: a word does not change script
                }
                upperRun = char.IsUpper(c) ? upperRun + 1 : 0;
            }
            else
            {
                upperRun = 0;
            }
        }
        return score;
    }

    /// <summary>Characters no correct repair should produce: controls, unassigned, private use, noncharacters.</summary>
    public static bool IsBad(int cp) =>
        cp is (>= 0x80 and <= 0x9F) or (>= 0xE000 and <= 0xF8FF) or (>= 0xFDD0 and <= 0xFDEF) or >= 0xF0000
        || (cp & 0xFFFE) == 0xFFFE
        || (cp < 0x20 && cp is not '\n' and not '\t')
        || CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate;

    private static bool IsWordChar(char c) => c != '\0' && (char.IsLetterOrDigit(c));

    private static bool IsApostrophe(char c, char prev, char next) => c is '’' or '\'' && char.IsLetter(prev) && char.IsLetter(next);

    private static bool IsClosingPunctuation(char c) => c is '…' or '”' or '’' or '»' or '–' or '—' or '\u00A0' or '“' or '‘' or '«';

    /// <summary>What follows a lead byte's character in UTF-8 read as Windows-1252: the 0x80–0xBF characters.</summary>
    private static bool IsMojibakeTail(char c) =>
        c is (>= '\u00A0' and <= '\u00BF') or '€' or '‚' or 'ƒ' or '„' or '…' or '†' or '‡' or 'ˆ' or '‰' or 'Š' or '‹' or 'Œ'
            or 'Ž' or '‘' or '’' or '“' or '”' or '•' or '–' or '—' or '˜' or '™' or 'š' or '›' or 'œ' or 'ž' or 'Ÿ';

    private static bool IsSymbol(char c)
    {
        if (c == '\0' || char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) && c != '\u00A0')
        {
            return false;
        }
        var category = char.GetUnicodeCategory(c);
        return category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
    }

    /// <summary>
    /// Letters real text in the languages we see almost never uses, but which wrong decodings produce: IPA,
    /// rare Latin Extended-A/B letters (ſ ŉ ĸ Ġ Ħ), Cyrillic extensions, Armenian, Hebrew points, Syriac, Thaana...
    /// </summary>
    private static bool IsRare(char c)
    {
        return c switch
        {
            >= '\u0250' and <= '\u02AF' => true,
            >= '\u02B0' and <= '\u02FF' => !IsMojibakeTail(c),
            >= '\u1D00' and <= '\u1DBF' => true,
            'ŗ' or 'Ŗ' or 'ŷ' or 'Ŷ' or 'ŵ' or 'Ŵ' or 'ſ' or 'ŉ' or 'ĸ' or 'Ŀ' or 'ŀ' or 'Ġ' or 'ġ' or 'Ħ' or 'ħ' or 'Ĳ' or 'ĳ' or 'Ŋ' or 'ŋ' or 'Ŧ' or 'ŧ' or 'Ĭ' or 'ĭ' or 'Ŏ' or 'ŏ' => true,
            >= '\u0180' and <= '\u024F' => !(c is 'Ơ' or 'ơ' or 'Ư' or 'ư' or (>= '\u01C4' and <= '\u01DC') or (>= '\u0218' and <= '\u021B')),
            >= '\u0460' and <= '\u048F' => true,
            >= '\u04C0' and <= '\u052F' => true,
            >= '\u0530' and <= '\u058F' => true,
            >= '\u0591' and <= '\u05C7' => true,
            >= '\u0610' and <= '\u061A' => true,
            >= '\u064B' and <= '\u065F' => true,
            >= '\u0700' and <= '\u08FF' => true,
            >= '\u06D6' and <= '\u06ED' => true,
            >= '\u3190' and <= '\u319F' => true,
            >= '\u3400' and <= '\u4DBF' => true,
            _ => false,
        };
    }

    /// <summary>A coarse script id: Latin, Greek, Cyrillic, Han/kana together, else the 128-code-point block.</summary>
    private static int ScriptOf(char c)
    {
        if (Scripts.IsLatinLetter(c) || c is >= '\u0180' and <= '\u024F')
        {
            return 1;
        }
        if (c is >= '\u0370' and <= '\u03FF' or >= '\u1F00' and <= '\u1FFF')
        {
            return 2;
        }
        if (c is >= '\u0400' and <= '\u052F')
        {
            return 3;
        }
        return Scripts.IsCjkLetter(c) ? 4 : 16 + (c >> 7);
    }
}
