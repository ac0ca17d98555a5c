using System.Globalization;
using System.Text.RegularExpressions;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>A damaged-number finding in a block's text.</summary>
/// <param name="Certain">True when the number is certainly wrong (lost to a placeholder, an impossible date or range):
/// the sentence goes under the Drop policy. False when it only looks wrong: it is flagged, never dropped.</param>
public readonly record struct NumberFinding(int Start, int Length, bool Certain, string Note);

/// <summary>
/// Finds numbers damaged by OCR, speech recognition or machine translation, for the garbled-numbers rule:
/// certain repairs (<see cref="FindRepairs"/>) and findings that cannot be repaired (<see cref="Find"/>).
/// Every check looks at the shape of the number and its immediate context only, so it works the same on
/// text it has never seen, and each lists the look-alikes it leaves alone.
/// </summary>
public static partial class NumberFindings
{
    // Units that can follow a decimal number but hardly ever start a sentence: "5。2万" is 5.2万, while
    // "3。2月份…" or "3。2个人…" may be a sentence ending in a number followed by a new one.
    private const string DecimalUnits = "万亿千百%％‰倍元米平公吨克斤升度℃";

    private static readonly int[] DaysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>Certain repairs: 5。2万 → 5.2万 and 2O23 → 2023.</summary>
    public static List<TextChange> FindRepairs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var changes = new List<TextChange>();
        if (!HasDecimalDigit(text))
        {
            return changes;
        }
        if (text.Contains('。', StringComparison.Ordinal))
        {
            foreach (Match m in CjkStopBetweenDigits().Matches(text))
            {
                if (IsDecimalAfterCjkStop(text, m) == true)
                {
                    changes.Add(new TextChange(m.Index, 1, ".", "decimal point read as 。"));
                }
            }
        }
        foreach (Match m in DigitsAndLookAlikes().Matches(text))
        {
            if (LetterKind(m.Value) == LookAlike.BetweenDigits)
            {
                string fixedValue = m.Value.Replace('O', '0').Replace('o', '0').Replace('l', '1').Replace('I', '1');
                changes.Add(new TextChange(m.Index, m.Length, fixedValue, $"letters read as digits in {m.Value}"));
            }
        }
        changes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return changes;
    }

    /// <summary>Findings that need a policy (drop, flag, keep) because the right number is unknown.</summary>
    public static List<NumberFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<NumberFinding>();
        bool hasDigit = HasDecimalDigit(text);
        FindPlaceholders(text, hasDigit, found);
        if (hasDigit)
        {
            FindDates(text, found);
            FindSuspicious(text, found);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Whether the text holds a decimal digit, ASCII or not (what the patterns' \d matches: char.IsDigit). Every repair,
    /// date, range, clock time and count pattern needs one, and a look-alike token needs two ASCII digits, so a block
    /// without any can only hold a placeholder; most blocks of prose have none, and this one pass spares them a dozen
    /// pattern scans.
    /// </summary>
    private static bool HasDecimalDigit(string text)
    {
        var span = text.AsSpan();
        if (span.ContainsAnyInRange('0', '9'))
        {
            return true;
        }
        int nonAscii = span.IndexOfAnyExceptInRange('\0', '\u007F');
        if (nonAscii < 0)
        {
            return false;
        }
        foreach (char c in span[nonAscii..])
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True: a decimal point; false: a sentence end; null: cannot tell.</summary>
    private static bool? IsDecimalAfterCjkStop(string text, Match m)
    {
        string right = m.Groups["right"].Value;
        int after = m.Index + 1 + right.Length;
        char next = after < text.Length ? text[after] : '\0';
        // A year (…共3个。2023年…) or a date (…为3。25日…) starts a new sentence.
        if (right.Length == 4 || next is '年' or '月' or '日' or '号')
        {
            return false;
        }
        return DecimalUnits.Contains(next, StringComparison.Ordinal) ? true : null;
    }

    private enum LookAlike
    {
        None,
        BetweenDigits,
        AtEdge,
    }

    /// <summary>
    /// Where O/o/l/I sit in a token made only of digits and those letters: between digits (2O23, 1O0: certain),
    /// leading before two digits or more (l00: suspicious), or nothing to say (O2, 5l litres, I, 10).
    /// Tokens with any other letter (B2B, 4G, MP3, COVID-19, hashes) never reach here.
    /// </summary>
    private static LookAlike LetterKind(string token)
    {
        int first = -1;
        int last = -1;
        int digits = 0;
        for (int i = 0; i < token.Length; i++)
        {
            if (char.IsAsciiDigit(token[i]))
            {
                digits++;
                if (first < 0)
                {
                    first = i;
                }
                last = i;
            }
        }
        if (digits < 2 || digits == token.Length)
        {
            return LookAlike.None;
        }
        if (first == 0 && last == token.Length - 1)
        {
            return LookAlike.BetweenDigits;
        }
        // Only a leading look-alike is suspicious: a trailing l is a litre (5l), a trailing O/o/I rarely a digit.
        return first > 0 && last == token.Length - 1 && first == 1 ? LookAlike.AtEdge : LookAlike.None;
    }

    private static void FindPlaceholders(string text, bool hasDigit, List<NumberFinding> found)
    {
        foreach (Match m in NamedPlaceholder().Matches(text))
        {
            found.Add(new NumberFinding(m.Index, m.Length, true, $"placeholder {m.Value}"));
        }
        foreach (Match m in EmptyPlaceholder().Matches(text))
        {
            if (NumericContext(text, m.Index, m.Length))
            {
                found.Add(new NumberFinding(m.Index, m.Length, true, $"placeholder {m.Value}"));
            }
            else if (m.Value == "<>")
            {
                switch (LostNumberPlaceholder.Judge(text, m.Index))
                {
                    case LostNumberPlaceholder.Verdict.Certain:
                        found.Add(new NumberFinding(m.Index, m.Length, true, "placeholder <>"));
                        break;
                    case LostNumberPlaceholder.Verdict.Suspicious:
                        found.Add(new NumberFinding(m.Index, m.Length, false, "possible placeholder <>"));
                        break;
                }
            }
        }
        foreach (Match m in MaskedXX().Matches(text))
        {
            if (NumericContext(text, m.Index, m.Length) || UnitAfter().IsMatch(text, m.Index + m.Length))
            {
                found.Add(new NumberFinding(m.Index, m.Length, false, $"number masked as {m.Value}"));
            }
        }
        if (!hasDigit)
        {
            return;
        }
        foreach (Match m in DigitsAndLookAlikes().Matches(text))
        {
            if (LetterKind(m.Value) == LookAlike.AtEdge)
            {
                found.Add(new NumberFinding(m.Index, m.Length, false, $"letter or digit? {m.Value}"));
            }
        }
    }

    /// <summary>A digit right next to the span, or one separator away (2023-&lt;&gt;, &lt;&gt;.5, 20XX).</summary>
    private static bool NumericContext(string text, int start, int length)
    {
        int before = start - 1;
        if (before >= 0 && char.IsAsciiDigit(text[before]))
        {
            return true;
        }
        if (before >= 1 && "-–—~～/.,:".Contains(text[before], StringComparison.Ordinal) && char.IsAsciiDigit(text[before - 1]))
        {
            return true;
        }
        int after = start + length;
        if (after < text.Length && char.IsAsciiDigit(text[after]))
        {
            return true;
        }
        return after + 1 < text.Length && "-–—~～/.,:".Contains(text[after], StringComparison.Ordinal) && char.IsAsciiDigit(text[after + 1]);
    }

    private static void FindDates(string text, List<NumberFinding> found)
    {
        foreach (Match m in MonthThenDay().Matches(text))
        {
            int month = MonthNumber(m.Groups["month"].Value);
            int day = Number(m.Groups["day"]);
            if (month != 5 && day > DaysInMonth[month - 1] && day <= 39)
            {
                found.Add(new NumberFinding(m.Index, m.Length, true, $"impossible date {m.Value}"));
            }
        }
        foreach (Match m in DayThenMonth().Matches(text))
        {
            int month = MonthNumber(m.Groups["month"].Value);
            int day = Number(m.Groups["day"]);
            if (day > DaysInMonth[month - 1] && day <= 39)
            {
                found.Add(new NumberFinding(m.Index, m.Length, true, $"impossible date {m.Value}"));
            }
        }
        foreach (Match m in HanDate().Matches(text))
        {
            int month = Number(m.Groups["month"]);
            bool hasDay = m.Groups["day"].Success;
            int day = hasDay ? Number(m.Groups["day"]) : 1;
            if (month is 0 or > 12 || (hasDay && (day == 0 || day > DaysInMonth[month - 1])))
            {
                found.Add(new NumberFinding(m.Index, m.Length, true, $"impossible date {m.Value}"));
            }
        }
        foreach (Match m in MonthDayRange().Matches(text))
        {
            AddBackwardRange(m, found);
        }
        foreach (Match m in DayRangeMonth().Matches(text))
        {
            AddBackwardRange(m, found);
        }
        foreach (Match m in HanDayRange().Matches(text))
        {
            AddBackwardRange(m, found);
        }
        foreach (Match m in ClockTime().Matches(text))
        {
            found.Add(new NumberFinding(m.Index, m.Length, false, $"minutes over 59 in {m.Value}"));
        }
    }

    /// <summary>A day range within one month that ends before it starts (July 7 to 4, 7月7日至4日).</summary>
    private static void AddBackwardRange(Match m, List<NumberFinding> found)
    {
        int from = Number(m.Groups["from"]);
        int to = Number(m.Groups["to"]);
        if (from <= 31 && to < from)
        {
            found.Add(new NumberFinding(m.Index, m.Length, true, $"impossible range {m.Value}"));
        }
    }

    private static void FindSuspicious(string text, List<NumberFinding> found)
    {
        foreach (Match m in YearAsCount().Matches(text))
        {
            if (Number(m.Groups["n"]) % 10 != 0)
            {
                found.Add(new NumberFinding(m.Index, m.Length, false, $"year used as a count: {m.Value}"));
            }
        }
        foreach (Match m in HanYearAsCount().Matches(text))
        {
            if (Number(m.Groups["n"]) % 10 != 0)
            {
                found.Add(new NumberFinding(m.Index, m.Length, false, $"year used as a count: {m.Value}"));
            }
        }
        foreach (Match m in BareOrdinalBeforeEvent().Matches(text))
        {
            found.Add(new NumberFinding(m.Index, m.Length, false, $"bare number where an ordinal is expected: {m.Value}"));
        }
        foreach (Match m in MonthYearAfterOn().Matches(text))
        {
            found.Add(new NumberFinding(m.Index, m.Length, false, $"day missing: {m.Value}"));
        }
        if (text.Contains('。', StringComparison.Ordinal))
        {
            foreach (Match m in CjkStopBetweenDigits().Matches(text))
            {
                if (IsDecimalAfterCjkStop(text, m) is null)
                {
                    found.Add(new NumberFinding(m.Index - 1, m.Length + 1, false, "decimal point or sentence end?"));
                }
            }
        }
    }

    // Digits of any script: the patterns' \d matches Thai or Arabic-Indic digits too, which int.Parse refuses.
    private static int Number(Group g) => DecimalDigits.Parse(g.ValueSpan);

    /// <summary>1–12 for an English or French month name or abbreviation (accents optional).</summary>
    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string n = name.TrimEnd('.').ToLowerInvariant();
        return n switch
        {
            "january" or "jan" or "janvier" => 1,
            "february" or "feb" or "février" or "fevrier" => 2,
            "march" or "mar" or "mars" => 3,
            "april" or "apr" or "avril" => 4,
            "may" or "mai" => 5,
            "june" or "jun" or "juin" => 6,
            "july" or "jul" or "juillet" => 7,
            "august" or "aug" or "août" or "aout" => 8,
            "september" or "sep" or "sept" or "septembre" => 9,
            "october" or "oct" or "octobre" => 10,
            "november" or "nov" or "novembre" => 11,
            "december" or "dec" or "décembre" or "decembre" => 12,
            _ => 0,
        };
    }

    internal const string MonthNames =
        @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)";

    [GeneratedRegex(@"(?<=\d)。(?<right>\d+)")]
    private static partial Regex CjkStopBetweenDigits();

    // Runs of digits and the letters OCR confuses with them, not touching other Latin letters or digits.
    [GeneratedRegex(@"(?<![A-Za-z0-9_\u00C0-\u024F])[0-9OolI]+(?![A-Za-z0-9_\u00C0-\u024F])")]
    private static partial Regex DigitsAndLookAlikes();

    [GeneratedRegex(@"<(?:num|number|digits?|数字)>|\[(?:num|number)\]|\{(?:num|number)\}", RegexOptions.IgnoreCase)]
    private static partial Regex NamedPlaceholder();

    [GeneratedRegex(@"<>|\{\}")]
    private static partial Regex EmptyPlaceholder();

    // A unit or measure right after a mask makes it a number: XX%, 20XX年, XX euros, XX万.
    [GeneratedRegex(@"\G(?:[年月日号%％万亿元岁]| ?(?:%|percent|per cent|pour cent|euros?|dollars?|yuans?|yen|millions?|milliards?|billions?|thousand|people|personnes)\b)")]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"(?<![A-Za-z])(?:XX|xx|××)(?![A-Za-z])")]
    private static partial Regex MaskedXX();

    [GeneratedRegex(@"\b(?<month>" + MonthNames + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]?\d)")]
    private static partial Regex MonthThenDay();

    [GeneratedRegex(@"(?<![\d.,:])\b(?<day>\d{1,2})(?:st|nd|rd|th|er|e)?\s+(?:of\s+)?(?<month>" + MonthNames + @")\b")]
    private static partial Regex DayThenMonth();

    [GeneratedRegex(@"(?:(?<![\d.])\d{4}年(?<month>\d{1,2})月|(?<![\d.])(?<month>\d{1,2})月(?<day>\d{1,2})[日号])(?!元)")]
    private static partial Regex HanDate();

    // July 7 to 4 / July 7-4, but not July 30 to August 2, July 7 to 4 p.m. or July 7-4,000.
    [GeneratedRegex(@"\b(?:[Ff]rom\s+)?" + MonthNames + @"\s+(?<from>\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|—|to|through|until|till)\s*(?<to>\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]?\d)(?!\s*(?:[ap]\.?m\b|h\b|%|°|" + MonthNames + "))")]
    private static partial Regex MonthDayRange();

    // from 7 to 4 July / du 7 au 4 juillet.
    [GeneratedRegex(@"(?<![\d.,:])\b(?<from>\d{1,2})(?:st|nd|rd|th|er)?\s*(?:-|–|—|to|au|through|until)\s*(?<to>\d{1,2})(?:st|nd|rd|th|er)?\s+(?:of\s+)?" + MonthNames + @"\b")]
    private static partial Regex DayRangeMonth();

    // 7月7日至4日, 7月7-4日; 7月28日至8月3日 does not match (the end has its own month).
    [GeneratedRegex(@"(?<![\d.])\d{1,2}月(?<from>\d{1,2})[日号]?\s*(?:至|到|-|–|—|~|～)\s*(?<to>\d{1,2})[日号](?!元)")]
    private static partial Regex HanDayRange();

    [GeneratedRegex(@"(?<![\d:.,])\d{1,2}:[6-9]\d(?![\d:])")]
    private static partial Regex ClockTime();

    // "more than 2023 important achievements": counts after these words are round or small, not a year's digits.
    [GeneratedRegex(@"\b(?i:more than|fewer than|less than|nearly|almost|at least|up to|plus de|près de|au moins|moins de)\s+(?<n>(?:19[5-9]|20\d)\d)\s+(?!(?:years?|ans?|and|et|to|à|or|ou)\b)\p{Ll}")]
    private static partial Regex YearAsCount();

    [GeneratedRegex(@"(?:超过|逾|近|多达|累计)(?<n>(?:19[5-9]|20\d)\d)多?(?:个|项|家|位|名|件|场|款|份|人)")]
    private static partial Regex HanYearAsCount();

    // "The 7 Global Digital Economy Conference": an edition number is an ordinal (7th), a bare one is a lost suffix or a wrong number.
    [GeneratedRegex(@"\b(?:[Tt]he|[Ll]a|[Ll]e)\s+(?<n>\d{1,2})\s+(?:\p{Lu}[\p{L}'-]*\s+){0,6}(?:Conference|Congress|Forum|Summit|Festival|Session|Exhibition|Expo|Assembly|Meeting|Olympiad|Championship|Edition|Anniversary|Conférence|Congrès|Sommet|Exposition|Salon|Biennale|Édition)\b")]
    private static partial Regex BareOrdinalBeforeEvent();

    // "on July 2023": "on" needs a day; in July 2023 / en juillet 2023 are the month forms.
    [GeneratedRegex(@"\bon\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d\d\b")]
    private static partial Regex MonthYearAfterOn();
}
