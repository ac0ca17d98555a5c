using System.Globalization;
using System.Text.RegularExpressions;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Number drift in a bilingual document (an article, a line such as "英语如下:" / "English version:" /
/// "Traduction :", then its translation): a number written in digits in one half whose value appears
/// nowhere in the other half. Values are compared, not strings: 3,000 = 3000 = 3千, 42,8 = 42.8, 5.2万 =
/// 52000, January = 1月 = 1, 16th = 十六 = 16. Numbers written in words (十六, second, premier) only serve
/// as matches, never as findings, so reading too many of them costs nothing but a missed drift.
/// </summary>
public static partial class BilingualNumbers
{
    /// <summary>Index of the block that announces the translation, or -1.</summary>
    public static int FindMarker(IReadOnlyList<string> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        for (int i = 1; i < blocks.Count - 1; i++)
        {
            if (blocks[i].Length <= 60 && TranslationMarker().IsMatch(blocks[i]))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>Numbers written in digits in <paramref name="text"/>: position, length and the values they may stand for.</summary>
    public static IEnumerable<(int Start, int Length, decimal[] Values)> DigitNumbers(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in DigitNumber().Matches(text))
        {
            int end = m.Index + m.Length;
            // Digits glued to Latin letters are codes, hashes, URLs or units (5G, a010550e, 100km): not compared.
            if (m.Groups["suffix"].Length == 0 && end < text.Length && (Scripts.IsLatinLetter(text[end]) || text[end] == '_'))
            {
                continue;
            }
            if (m.Index > 0 && (Scripts.IsLatinLetter(text[m.Index - 1]) || text[m.Index - 1] is '_' or '/' or '='))
            {
                continue;
            }
            if (!TryValue(m.Groups["num"].Value, out decimal value))
            {
                continue;
            }
            decimal scale = Multiplier(text, end);
            yield return (m.Index, m.Length, scale == 1 ? [value] : [value, value * scale]);
        }
    }

    /// <summary>Every value the text mentions in any form: digits (raw and scaled), month names, Chinese numerals, number words.</summary>
    public static HashSet<decimal> AllValues(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var values = new HashSet<decimal>();
        foreach (string text in texts)
        {
            foreach (var (_, _, vs) in DigitNumbers(text))
            {
                values.UnionWith(vs);
            }
            foreach (Match m in MonthName().Matches(text))
            {
                values.Add(NumberFindings.MonthNumber(m.Value));
            }
            foreach (Match m in HanNumeral().Matches(text))
            {
                decimal v = HanValue(m.Value);
                values.Add(v);
                values.Add(v * Multiplier(text, m.Index + m.Length));
            }
            foreach (Match m in NumberWord().Matches(text))
            {
                values.Add(WordValue(m.Value.ToLowerInvariant()));
            }
        }
        return values;
    }

    private static bool TryValue(string raw, out decimal value)
    {
        string s = raw.Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        int comma = s.LastIndexOf(',');
        if (comma >= 0)
        {
            // 3,000 groups thousands; 42,8 is a French decimal.
            s = s.Length - comma - 1 == 3 && !s.Contains('.', StringComparison.Ordinal) ? s.Replace(",", "", StringComparison.Ordinal) : s.Replace(",", ".", StringComparison.Ordinal);
        }
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static decimal Multiplier(string text, int at)
    {
        while (at < text.Length && text[at] is ' ' or '\u00A0' or '\u202F')
        {
            at++;
        }
        var m = MultiplierWord().Match(text, at);
        if (!m.Success || m.Index != at)
        {
            return 1;
        }
        return m.Value.ToLowerInvariant() switch
        {
            "万" => 10_000m,
            "亿" => 100_000_000m,
            "千" or "thousand" or "mille" => 1_000m,
            "百万" or "million" or "millions" => 1_000_000m,
            "billion" or "billions" or "milliard" or "milliards" => 1_000_000_000m,
            _ => 1,
        };
    }

    private static decimal HanValue(string numeral)
    {
        decimal total = 0;
        decimal digit = 0;
        bool positional = true;
        foreach (char c in numeral)
        {
            int unit = c switch { '十' => 10, '百' => 100, '千' => 1000, _ => 0 };
            if (unit > 0)
            {
                positional = false;
                total += (digit == 0 ? 1 : digit) * unit;
                digit = 0;
            }
            else
            {
                int d = "零一二三四五六七八九".IndexOf(c, StringComparison.Ordinal);
                d = c switch { '〇' => 0, '两' => 2, _ => d };
                digit = positional && numeral.Length > 1 && !numeral.AsSpan().ContainsAny("十百千") ? digit * 10 + d : d;
            }
        }
        return total + digit;
    }

    private static decimal WordValue(string word) => word switch
    {
        "one" or "first" or "un" or "une" or "premier" or "première" => 1,
        "two" or "second" or "deux" or "deuxième" or "half" or "moitié" => 2,
        "three" or "third" or "trois" or "troisième" => 3,
        "four" or "fourth" or "quatre" or "quatrième" => 4,
        "five" or "fifth" or "cinq" or "cinquième" => 5,
        "six" or "sixth" or "sixième" => 6,
        "seven" or "seventh" or "sept" or "septième" => 7,
        "eight" or "eighth" or "huit" or "huitième" => 8,
        "nine" or "ninth" or "neuf" or "neuvième" => 9,
        "ten" or "tenth" or "dix" or "dixième" => 10,
        "eleven" or "eleventh" or "onze" => 11,
        "twelve" or "twelfth" or "douze" => 12,
        "hundred" or "cent" => 100,
        _ => 0,
    };

    // A marker line on its own: 英语如下: / 以下为英文翻译 / English version: / Traduction : / **Translation**
    [GeneratedRegex(@"^\s*\**\s*(?:(?:以下为|下面是)?(?:英语|英文|中文|法语|法文)(?:如下|版|版本|翻译|译文)(?:如下)?|(?:English|French|Chinese)\s+(?:version|translation|text)|(?:In\s+)?(?:English|French|Chinese)|Translation|Traduction(?:\s+(?:française|anglaise|chinoise))?|Version\s+(?:française|anglaise|chinoise|originale))\s*\**\s*[:：]?\s*\**\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TranslationMarker();

    [GeneratedRegex(@"(?<![\d.,])(?<num>\d{1,3}(?:[,\u00A0\u202F ]\d{3})+(?![\d])|\d+(?:[.,]\d+)?)(?<suffix>(?:st|nd|rd|th|er|e|ème)(?![A-Za-z]))?")]
    private static partial Regex DigitNumber();

    [GeneratedRegex(NumberFindings.MonthNames)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"[零〇一二两三四五六七八九十百千]+")]
    private static partial Regex HanNumeral();

    [GeneratedRegex(@"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|half|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|cent|premier|première|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|moitié)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    [GeneratedRegex(@"百万|万|亿|千|(?i:thousand|millions?|billions?|milliards?|mille)\b")]
    private static partial Regex MultiplierWord();
}
