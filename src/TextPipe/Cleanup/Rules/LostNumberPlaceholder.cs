using System.Text.RegularExpressions;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Whether an empty <c>&lt;&gt;</c> that touches no digit stands for a number lost in prose. Machine translation and
/// scraping leave it where a number was: before a magnitude or unit (<c>增长&lt;&gt;%</c>, <c>about &lt;&gt; million</c>,
/// <c>&lt;&gt; pour cent</c>), after a quantifier (<c>more than &lt;&gt;</c>, <c>environ &lt;&gt;</c>), between Han letters
/// (<c>共有&lt;&gt;名学生</c>) or opening a quote or bracket. The same two characters are syntax elsewhere, and the
/// look-alikes are told first: right after a letter or before <c>/</c> it is a type or fragment (<c>List&lt;&gt;</c>,
/// <c>vector&lt;&gt;</c>, <c>&lt;&gt;&lt;/&gt;</c>), after a name at the end of a clause an empty e-mail address
/// (<c>John Smith &lt;&gt;</c>), between operands a comparison (<c>a &lt;&gt; b</c>, <c>WHERE status &lt;&gt; 'done'</c>).
/// Lines of code never reach here (the rule skips them).
/// </summary>
internal static partial class LostNumberPlaceholder
{
    public enum Verdict
    {
        /// <summary>Syntax or nothing to say.</summary>
        None,
        /// <summary>Between two prose words with nothing to say it is a number: flagged.</summary>
        Suspicious,
        /// <summary>Certainly a lost number: the sentence goes under the Drop policy.</summary>
        Certain,
    }

    /// <summary>Judges the <c>&lt;&gt;</c> at <paramref name="start"/> (two characters) in <paramref name="text"/>.</summary>
    public static Verdict Judge(string text, int start)
    {
        char prev = start > 0 ? text[start - 1] : '\0';
        int end = start + 2;
        char next = end < text.Length ? text[end] : '\0';
        if (char.IsAsciiLetterOrDigit(prev) || prev is '_' or '>' or '<' || next is '/' or '<' or '>' || char.IsAsciiLetter(next) || next == '_')
        {
            // List<>, vector<>, Foo<>::x, <></> (a JSX fragment), <><> — syntax.
            return Verdict.None;
        }
        if (next is ')' or ']' or '"' or '”' or '）' or '」' or '》' || MentionNear(text, start))
        {
            // (<>), "<>", 用<>表示不等于, the <> operator: the symbol itself is the subject.
            return Verdict.None;
        }
        if (Scripts.IsHan(prev) || Scripts.IsHan(next) || MagnitudeAfter().IsMatch(text, end) || QuantifierBefore(text, start))
        {
            return Verdict.Certain;
        }
        bool opens = prev is '\0' or '"' or '\'' or '“' or '‘' or '(' or '（' or '[' or '《' or '「' or '«' || (prev == ' ' && start >= 2 && text[start - 2] is '«' or '“' or '"');
        if (opens)
        {
            return Verdict.Certain;
        }
        if (char.IsWhiteSpace(prev) && char.IsWhiteSpace(next) && !IsComparison(text, start) && !IsEmptyAddress(text, start))
        {
            return Verdict.Suspicious;
        }
        return Verdict.None;
    }

    /// <summary>A comparison: the line has query or code words, or an operand is an identifier, literal or number.</summary>
    private static bool IsComparison(string text, int start)
    {
        var (line, at) = LineAround(text, start);
        if (QueryWords().IsMatch(line))
        {
            return true;
        }
        string left = WordBefore(line, at);
        string right = WordAfter(line, at + 2);
        return IsOperand(left) || IsOperand(right);
    }

    /// <summary>An empty address after a name (<c>From: Jane Doe &lt;&gt;</c>): the line or clause ends right after it.</summary>
    private static bool IsEmptyAddress(string text, int start)
    {
        int end = start + 2;
        while (end < text.Length && text[end] is ' ' or '\t')
        {
            end++;
        }
        bool clauseEnds = end >= text.Length || text[end] is '\n' or ',' or ';' or ')';
        var (line, at) = LineAround(text, start);
        string before = WordBefore(line, at);
        return clauseEnds && before.Length > 0 && char.IsUpper(before[0]);
    }

    /// <summary>Operands of a comparison: one letter, an identifier (snake_case, dotted, camelCase), a quoted literal, a number, NULL.</summary>
    private static bool IsOperand(string word) =>
        word.Length == 1 || word.Contains('_', StringComparison.Ordinal) || word.Contains('.', StringComparison.Ordinal)
        || word.StartsWith('\'') || word.StartsWith('"') || word.Any(char.IsDigit)
        || (word.Length > 1 && char.IsLower(word[0]) && word.Skip(1).Any(char.IsUpper))
        || word is "NULL" or "null" or "TRUE" or "FALSE" or "true" or "false";

    /// <summary>Words that talk about the symbol (operator, sign, 运算符, 表示) within a few characters of it.</summary>
    private static bool MentionNear(string text, int start)
    {
        int from = Math.Max(0, start - 16);
        int to = Math.Min(text.Length, start + 2 + 16);
        return MentionWords().IsMatch(text.AsSpan(from, to - from));
    }

    private static bool QuantifierBefore(string text, int start)
    {
        int from = Math.Max(0, start - 24);
        return QuantifierEnd().IsMatch(text.AsSpan(from, start - from));
    }

    private static (string Line, int At) LineAround(string text, int index)
    {
        int lineStart = index > 0 ? text.LastIndexOf('\n', index - 1) + 1 : 0;
        int lineEnd = text.IndexOf('\n', index);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }
        return (text[lineStart..lineEnd], index - lineStart);
    }

    private static string WordBefore(string line, int at)
    {
        int end = at;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }
        int start = end;
        while (start > 0 && !char.IsWhiteSpace(line[start - 1]))
        {
            start--;
        }
        return line[start..end];
    }

    private static string WordAfter(string line, int at)
    {
        int start = at;
        while (start < line.Length && line[start] == ' ')
        {
            start++;
        }
        int end = start;
        while (end < line.Length && !char.IsWhiteSpace(line[end]))
        {
            end++;
        }
        return line[start..end];
    }

    // A magnitude word, unit or measure after the placeholder, with one space at most: <>%, <> million, <>万, <> km.
    [GeneratedRegex(@"\G[ \u00A0\u202F]?(?:[%％‰万亿千百元岁倍个名位家项次人年月日号度]|(?:percent|per\s?cent|pour\s?cent|por\s?ciento|prozent|hundreds?|thousands?|millions?|billions?|trillions?|milliers|milliards?|millionen|milliarden|tausend|millones|mill[oó]n|milioni|miliardi|dozens?|people|persons|personnes|habitants|employees|workers|students|élèves|étudiants|euros?|dollars?|yuans?|yen|francs|pounds|km|kg|mg|ml|cm|mm|MW|GW|kWh|GB|MB|TB|mètres?|meters?|metres?|kilomètres?|kilometers?|kilometres?|tonnes?|tons?|hectares?|years?|ans|années|mois|months?|days?|jours|hours?|heures|minutes?|times|fois)(?![\p{L}\p{N}]))", RegexOptions.IgnoreCase)]
    private static partial Regex MagnitudeAfter();

    // A quantifier right before the placeholder: more than <>, about <>, environ <>, plus de <>, 约<>, 超过<>.
    [GeneratedRegex(@"(?:\b(?:about|around|approximately|roughly|nearly|almost|over|under|more than|less than|fewer than|at least|at most|up to|some|environ|près de|presque|plus de|moins de|au moins|jusqu'à|quelque)|约|大约|超过|近|达|共|逾)[ \u00A0]?$", RegexOptions.IgnoreCase)]
    private static partial Regex QuantifierEnd();

    // Words of a query or a program around a comparison (upper case, as queries write them; "If" starts prose too).
    [GeneratedRegex(@"\b(?:SELECT|WHERE|FROM|HAVING|JOIN|UPDATE|AND|OR|NOT|CASE|WHEN|THEN|ELSE|IF)\b")]
    private static partial Regex QueryWords();

    [GeneratedRegex(@"\b(?:operators?|opérateurs?|symbols?|symboles?|signs?|signes?|not equal|différent|diamond|chevrons?)\b|运算符|操作符|符号|表示|不等于|泛型", RegexOptions.IgnoreCase)]
    private static partial Regex MentionWords();
}
