using System.Buffers;
using TextPipe.Text;

namespace TextPipe.Segmentation.Chinese;

/// <summary>
/// Recognises the stretches a dictionary cannot list but a rule can: numbers in half- or full-width
/// digits (with decimals, thousands separators, percent and a magnitude such as 万), the date and time
/// words built on them (PKU convention: 2023年 / 5月 / 27日 are three words), Latin words, URLs and
/// e-mail addresses. Chinese-numeral numbers (二十七, 一九九八年) are offered as candidates only, since
/// 一 and 十 also start ordinary words.
/// </summary>
internal static class AtomScanner
{
    // Character classes as SearchValues: a bitmap test per character, on a path run for every position.
    private static readonly SearchValues<char> TimeUnits = SearchValues.Create("年月日号时点分秒");
    private static readonly SearchValues<char> Magnitudes = SearchValues.Create("万亿");
    private static readonly SearchValues<char> ChineseNumerals = SearchValues.Create("零〇○一二三四五六七八九十百千万亿两");
    private static readonly SearchValues<char> ChineseDigits = SearchValues.Create("零〇○一二三四五六七八九两");

    /// <summary>A stretch at text[i] that must stay one word (Arabic number, Latin word, URL, e-mail).</summary>
    public static int MatchForced(ReadOnlySpan<char> text, int i, out AtomKind kind)
    {
        kind = AtomKind.None;
        char c = text[i];
        if (IsAsciiLetter(c) && MatchUrl(text, i) is int url and > 0)
        {
            kind = AtomKind.Url;
            return url;
        }
        if (IsDigit(c))
        {
            int number = MatchNumber(text, i);
            // Digits running into letters make a code or model name (5G, MP3, 3D): a Latin word.
            if (i + number < text.Length && IsLatinOrDigit(text[i + number]) && !IsDigit(text[i + number]))
            {
                return MatchLatin(text, i, out kind);
            }
            int time = MatchTimeUnit(text, i + number);
            kind = time > 0 ? AtomKind.Time : AtomKind.Number;
            return number + time;
        }
        if (IsLatinLetter(c))
        {
            return MatchLatin(text, i, out kind);
        }
        return 0;
    }

    /// <summary>A Chinese-numeral number or date word at text[i] of two or more characters, else 0.</summary>
    public static int MatchChineseNumeral(ReadOnlySpan<char> text, int i, out AtomKind kind)
    {
        kind = AtomKind.None;
        int j = i;
        if (j + 3 <= text.Length && text.Slice(j, 3).SequenceEqual("百分之"))
        {
            j += 3;
        }
        int digitsStart = j;
        while (j < text.Length && ChineseNumerals.Contains(text[j]))
        {
            j++;
        }
        if (j == digitsStart)
        {
            return 0;
        }
        // 十一点八三: 点 between numerals is a decimal point (a time 十点 has no numeral after it).
        if (j + 1 < text.Length && text[j] == '点' && IsChineseDigit(text[j + 1]))
        {
            j++;
            while (j < text.Length && IsChineseDigit(text[j]))
            {
                j++;
            }
            if (j < text.Length && Magnitudes.Contains(text[j]))
            {
                j++;
            }
            kind = AtomKind.Number;
            return j - i;
        }
        int time = digitsStart == i ? MatchTimeUnit(text, j) : 0;
        if (j - i + time < 2)
        {
            return 0;
        }
        kind = time > 0 ? AtomKind.Time : AtomKind.Number;
        return j - i + time;
    }

    /// <summary>A Chinese numeral digit (一 … 九, 零, 〇): what may follow a decimal 点.</summary>
    private static bool IsChineseDigit(char c) => ChineseDigits.Contains(c);

    /// <summary>
    /// True when <paramref name="word"/> is a written number: digits or Chinese numerals, with decimal
    /// points, separators, a percent sign or a 百分之 prefix.
    /// </summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word)
    {
        if (word.StartsWith("百分之"))
        {
            word = word[3..];
        }
        bool hasDigit = false;
        foreach (char c in word)
        {
            if (IsDigit(c) || ChineseNumerals.Contains(c))
            {
                hasDigit = true;
            }
            else if (c is not ('.' or '．' or ',' or '点' or '%' or '％' or '‰'))
            {
                return false;
            }
        }
        return hasDigit;
    }

    private static int MatchNumber(ReadOnlySpan<char> text, int i)
    {
        int j = i;
        while (j < text.Length)
        {
            if (IsDigit(text[j]))
            {
                j++;
            }
            else if (text[j] is '.' or '．' && j + 1 < text.Length && IsDigit(text[j + 1]))
            {
                j++;
            }
            else if (text[j] == ',' && IsThousandsGroup(text, j + 1))
            {
                j++;
            }
            else if (text[j] == ':' && IsDigitPair(text, j + 1))
            {
                j += 3;
            }
            else
            {
                break;
            }
        }
        if (j < text.Length && text[j] is '%' or '％' or '‰')
        {
            j++;
        }
        else if (j < text.Length && Magnitudes.Contains(text[j]))
        {
            j++;
        }
        return j - i;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int k) =>
        k + 3 <= text.Length && IsDigit(text[k]) && IsDigit(text[k + 1]) && IsDigit(text[k + 2])
        && (k + 3 == text.Length || !IsDigit(text[k + 3]));

    private static bool IsDigitPair(ReadOnlySpan<char> text, int k) =>
        k + 2 <= text.Length && IsDigit(text[k]) && IsDigit(text[k + 1]) && (k + 2 == text.Length || !IsDigit(text[k + 2]));

    private static int MatchTimeUnit(ReadOnlySpan<char> text, int j)
    {
        if (j >= text.Length)
        {
            return 0;
        }
        if (j + 2 <= text.Length && (text.Slice(j, 2).SequenceEqual("年代") || text.Slice(j, 2).SequenceEqual("世纪")))
        {
            return 2;
        }
        return TimeUnits.Contains(text[j]) ? 1 : 0;
    }

    private static int MatchLatin(ReadOnlySpan<char> text, int i, out AtomKind kind)
    {
        int j = i;
        while (j < text.Length)
        {
            if (IsLatinOrDigit(text[j]))
            {
                j++;
            }
            else if (text[j] is '.' or '-' or '_' or '+' or '\'' or '&' && j + 1 < text.Length && IsLatinOrDigit(text[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }
        if (j + 1 < text.Length && text[j] == '@' && IsLatinOrDigit(text[j + 1]))
        {
            int domain = MatchLatin(text, j + 1, out _);
            if (text.Slice(j + 1, domain).Contains('.'))
            {
                kind = AtomKind.Email;
                return j + 1 + domain - i;
            }
        }
        kind = AtomKind.Latin;
        return j - i;
    }

    private static int MatchUrl(ReadOnlySpan<char> text, int i)
    {
        ReadOnlySpan<char> rest = text[i..];
        if (!(rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            return 0;
        }
        int j = 0;
        while (j < rest.Length && rest[j] > ' ' && rest[j] < 0x7F && rest[j] is not ('"' or '<' or '>'))
        {
            j++;
        }
        // Sentence punctuation right after a URL belongs to the sentence.
        while (j > 0 && rest[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'')
        {
            j--;
        }
        return j;
    }

    public static bool IsDigit(char c) => c is (>= '0' and <= '9') or (>= '０' and <= '９');

    private static bool IsFullWidthLetter(char c) => c is (>= 'Ａ' and <= 'Ｚ') or (>= 'ａ' and <= 'ｚ');

    private static bool IsLatinLetter(char c) => Scripts.IsLatinLetter(c) || IsFullWidthLetter(c);

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsLatinOrDigit(char c) => IsLatinLetter(c) || IsDigit(c);
}
