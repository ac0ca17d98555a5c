using System.Globalization;
using TextPipe.Text;

namespace TextPipe.Language;

/// <summary>Which writing system a character belongs to, from code point ranges (Han/kana/Hangul/Latin via <see cref="Scripts"/>).</summary>
public static class WritingSystems
{
    /// <summary>The writing system of a letter, <see cref="WritingSystem.None"/> for anything that is not a letter.</summary>
    public static WritingSystem Of(int c)
    {
        if (c < 0x80)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' ? WritingSystem.Latin : WritingSystem.None;
        }
        if (c < 0x250)
        {
            // The rest below U+0250 are signs written inside Latin text (ª º in "1º", µ), not another script.
            return Scripts.IsLatinLetter((char)c) ? WritingSystem.Latin : WritingSystem.None;
        }
        return c switch
        {
            >= 0x1E00 and <= 0x1EFF => WritingSystem.Latin,
            >= 0x0370 and <= 0x03FF or >= 0x1F00 and <= 0x1FFF => LetterOrNone(c, WritingSystem.Greek),
            >= 0x0400 and <= 0x052F => LetterOrNone(c, WritingSystem.Cyrillic),
            >= 0x0590 and <= 0x05FF or >= 0xFB1D and <= 0xFB4F => LetterOrNone(c, WritingSystem.Hebrew),
            >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F or >= 0xFB50 and <= 0xFDFF or >= 0xFE70 and <= 0xFEFF
                => LetterOrNone(c, WritingSystem.Arabic),
            >= 0x0900 and <= 0x097F => LetterOrNone(c, WritingSystem.Devanagari),
            >= 0x0980 and <= 0x09FF => LetterOrNone(c, WritingSystem.Bengali),
            >= 0x0E00 and <= 0x0E7F => LetterOrNone(c, WritingSystem.Thai),
            _ when Scripts.IsHan(c) => WritingSystem.Han,
            _ when Scripts.IsKana(c) => c == 0x30FB ? WritingSystem.None : WritingSystem.Kana,
            _ when Scripts.IsHangul(c) => WritingSystem.Hangul,
            // Full-width Latin (ＡＢＣ in Chinese text) and the Latin extension blocks are Latin.
            >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A or >= 0x2C60 and <= 0x2C7F or >= 0xA720 and <= 0xA7FF
                or >= 0xAB30 and <= 0xAB6F => LetterOrNone(c, WritingSystem.Latin),
            >= 0xFFA0 and <= 0xFFDC => LetterOrNone(c, WritingSystem.Hangul),
            _ => UnknownScriptOrNone(c),
        };
    }

    /// <summary>
    /// A letter of a script none of the detector's languages writes (Telugu, Georgian, Ethiopic...): evidence of an
    /// unknown language. Letters that belong to no language's running text are left out: modifier letters (the
    /// ʻokina, ʼ), letter-like and mathematical symbols (ℓ, 𝐱), and Chinese phonetic annotation (Bopomofo).
    /// </summary>
    private static WritingSystem UnknownScriptOrNone(int c)
    {
        if (c is >= 0x2100 and <= 0x214F or >= 0x3100 and <= 0x312F or >= 0x31A0 and <= 0x31BF or >= 0x1D400 and <= 0x1D7FF)
        {
            return WritingSystem.None;
        }
        var category = c > 0xFFFF ? CharUnicodeInfo.GetUnicodeCategory(c) : char.GetUnicodeCategory((char)c);
        return category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.OtherLetter ? WritingSystem.Other : WritingSystem.None;
    }

    /// <summary>True for combining marks (accents, vowel signs): they belong to the letter before them.</summary>
    public static bool IsMark(char c)
    {
        var cat = char.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || c == '\u200C';
    }

    /// <summary>Scripts written by one language only among those the detector knows: the script decides.</summary>
    public static string? SoleLanguage(WritingSystem system) => system switch
    {
        WritingSystem.Greek => "el",
        WritingSystem.Hebrew => "he",
        WritingSystem.Devanagari => "hi",
        WritingSystem.Bengali => "bn",
        WritingSystem.Thai => "th",
        WritingSystem.Hangul => "ko",
        WritingSystem.Kana => "ja",
        _ => null,
    };

    private static WritingSystem LetterOrNone(int c, WritingSystem system)
    {
        if (c > 0xFFFF)
        {
            return CharUnicodeInfo.GetUnicodeCategory(c) is >= UnicodeCategory.UppercaseLetter and <= UnicodeCategory.OtherLetter ? system : WritingSystem.None;
        }
        return char.IsLetter((char)c) ? system : WritingSystem.None;
    }
}
