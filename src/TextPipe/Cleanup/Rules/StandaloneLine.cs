using System.Buffers;
using System.Text.RegularExpressions;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Shapes of lines that stand on their own whatever their width: a line of code or TeX, an entry of a table of
/// contents or an index, a numbered section heading, a line of classical CJK verse, a line coloured by
/// terminal escape codes. The line-wrap rule never joins across such a line's break: a column of code or
/// contents is as even as a column of prose, and only the shape of the line tells them apart.
/// </summary>
internal static partial class StandaloneLine
{
    private static readonly SearchValues<char> HanOrKana = SearchValues.Create(
        string.Concat(Enumerable.Range(0x3040, 0x30FF - 0x3040 + 1).Concat(Enumerable.Range(0x3400, 0x9FFF - 0x3400 + 1)).Select(c => (char)c)));

    private static readonly SearchValues<char> NumberCharacters = SearchValues.Create("0123456789 .,:;-–/");

    /// <summary>
    /// True when the break after <paramref name="line"/> is the author's, for a line already known not to be
    /// code (<see cref="CodeLine.Is"/>, which the line-wrap rule asks of each line once: it is the dearest test).
    /// </summary>
    public static bool EndsUnitUnlessCode(ReadOnlySpan<char> line) =>
        IsCompleteList(line) || IsTitleCase(line) || IsRepetitive(line) || IsNumbersOnly(line) || IsFragments(line) || EndsWithStrayLetter(line) || IsContentsEntry(line) || IsNumberedHeading(line) || IsNumberedQuestion(line) || IsVerse(line) || HasTerminalColour(line) || HasScrambledHangul(line) || IsPunctuationOnly(line)
        || IsNumberedAddress(line) || IsTimestamped(line);

    /// <summary>True when the break before <paramref name="line"/> is the author's, for a line already known not to be code.</summary>
    public static bool StartsUnitUnlessCode(ReadOnlySpan<char> line) =>
        IsRepetitive(line) || IsNumbersOnly(line) || IsFragments(line) || StartsNote(line) || StartsNumberedSection(line) || IsNumberedQuestion(line) || IsVerse(line) || HasTerminalColour(line) || HasScrambledHangul(line) || IsPunctuationOnly(line)
        || IsNumberedAddress(line) || IsTimestamped(line);

    /// <summary>Only numbers: the line numbers of a listing, a page number, a row of figures.</summary>
    public static bool IsNumbersOnly(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return !line.IsEmpty && char.IsAsciiDigit(line[0]) && !line.ContainsAnyExcept(NumberCharacters);
    }

    /// <summary>
    /// Only loose single characters (<c>E</c>, <c>M E</c>, <c>E " E</c>, <c>ⅰ ⅱ ⅲ ⅳ</c>): the lowered and raised
    /// letters of logos such as LaTeX or AMS-TeX that a PDF reader put on a line of their own, or a row of
    /// counters or symbols in a table. They belong to no sentence.
    /// </summary>
    public static bool IsFragments(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty)
        {
            return false;
        }
        for (int i = 0; i < line.Length; i++)
        {
            bool loose = (i == 0 || line[i - 1] == ' ') && (i + 1 == line.Length || line[i + 1] == ' ');
            // Loose letters, marks and symbols (E, ⅰ ⅱ ⅲ, ⒜ ⒝) but not CJK letters: a CJK line justified with a
            // space between every character (在 数 字 化) is prose.
            if (line[i] != ' ' && (!loose || Scripts.IsCjk(line[i]) || char.IsAsciiDigit(line[i])))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A CJK line that ends in a loose Latin capital (<c>…使用中 E</c>), or any line that ends in a capital
    /// right after a word's hyphen (<c>Reading, Mas-E</c>): a logo's letter the reader moved to the end of the
    /// line. Where the sentence goes on is not known, so the break stays.
    /// </summary>
    public static bool EndsWithStrayLetter(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        while (line.Length > 0 && line[^1] is '"' or ' ')
        {
            line = line[..^1];
        }
        if (line.Length >= 3 && char.IsAsciiLetterUpper(line[^1]) && line[^2] == '-' && char.IsLower(line[^3]))
        {
            return true; // Mas-E, Vi-E: the logo's letter landed after a word's hyphen
        }
        return line.Length >= 3 && char.IsAsciiLetterUpper(line[^1]) && line[^2] is ' ' or '，' or '、'
            && Scripts.CjkShare(line) >= 0.3;
    }

    /// <summary>
    /// A list of single words separated by commas that does not end on a comma (<c>leqno, fleqn, openbib,
    /// article, oldfontcommands</c>): a table cell of option names, complete on its line. A list wrapped in
    /// the middle ends its line on a comma (<c>openany, final,</c>) and still joins.
    /// </summary>
    public static bool IsCompleteList(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line[^1] == ',')
        {
            return false;
        }
        int items = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }
            items++;
            bool last = range.End.GetOffset(line.Length) == line.Length;
            if (!last && word[^1] != ',')
            {
                return false;
            }
        }
        // The last item is a name, not a conjunction that carries the list on ("Swedish, and").
        return items >= 4 && line.Length - line.LastIndexOf(' ') - 1 >= 4;
    }

    /// <summary>
    /// A title in title case (<c>A Recommendation on Modification Without Distribution</c>): at least four words
    /// of four letters or more, all capitalised, short words only in lower case, no punctuation or digits.
    /// </summary>
    public static bool IsTitleCase(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int capitalised = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }
            foreach (char c in word)
            {
                if (!char.IsLetter(c) || Scripts.IsCjkLetter(c))
                {
                    return false;
                }
            }
            if (word.Length >= 4)
            {
                if (!char.IsUpper(word[0]))
                {
                    return false;
                }
                capitalised++;
            }
        }
        return capitalised >= 4;
    }

    /// <summary>
    /// One word makes up at least two in five of five or more words (<c>드러냄표 드러냄표 다시한번 드러냄표 …</c>):
    /// a sample line showing a typeface or a mark, not a sentence.
    /// </summary>
    public static bool IsRepetitive(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        // Fewer than five words: nothing to count (and no allocation on the line-wrap rule's hot path).
        if (line.Count(' ') < 4)
        {
            return false;
        }
        // Chinese and Japanese prose spaces out the Latin terms it repeats (TEX 提供了… TEX 有…), not its words:
        // a phrase of two Han or kana letters between the spaces makes it prose. A sample line spaces single ones
        // (中 Eng 文, 中 Eng 文).
        foreach (var range in line.Split(' '))
        {
            if (CountHanOrKana(line[range]) >= 2)
            {
                return false;
            }
        }
        // Counted by span, sized for every word at once: line-wrap asks this of every line, and a string per word
        // and a table grown word by word were most of its cost. A word becomes a string only the first time it is seen.
        var counts = new Dictionary<string, int>(line.Count(' ') + 1, StringComparer.Ordinal);
        var byWord = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        int words = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range];
            if (word.IsEmpty)
            {
                continue;
            }
            // Words of letters only: dots of leaders and slashes between options say nothing.
            if (word.Length < 2 || !char.IsLetter(word[0]))
            {
                continue;
            }
            words++;
            byWord[word] = byWord.TryGetValue(word, out int seen) ? seen + 1 : 1;
        }
        return words >= 5 && counts.Values.Any(n => n >= 3 && n * 5 >= words * 2);
    }

    private static int CountHanOrKana(ReadOnlySpan<char> word)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (HanOrKana.Contains(c))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>No letter or digit at all (<c>...</c>, <c>———</c>, <c>* * *</c>): an elided part of a listing, a rule, a separator.</summary>
    public static bool IsPunctuationOnly(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        foreach (char c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        return !line.IsEmpty;
    }

    /// <summary>
    /// A note that is only a web address after its number (<c>3. http://example.org/questions/123/title</c>): a
    /// footnote or a list of links. A bare address may be a sentence's object (访问 / http://… / 来得到), a
    /// numbered one is not.
    /// </summary>
    public static bool IsNumberedAddress(ReadOnlySpan<char> line) => NumberedAddress().IsMatch(line.Trim());

    /// <summary>
    /// Ends with a time of day after a year (<c>preliminary draft, September 24, 2008 20:26</c>): the stamp of a
    /// draft's running footer.
    /// </summary>
    public static bool IsTimestamped(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        // The pattern ends in a digit at the end of the line: any other last character fails it without a search.
        return !line.IsEmpty && char.IsDigit(line[^1]) && Timestamped().IsMatch(line);
    }

    /// <summary>A footnote or a bibliography entry starts the line: <c>[2] Harders</c>, <c>^[9] Please</c>.</summary>
    public static bool StartsNote(ReadOnlySpan<char> line) => NoteStart().IsMatch(line.Trim());

    /// <summary>
    /// Ends with a page number after leader dots (<c>Introduction . . . . 12</c>, <c>序言……3</c>) or with a
    /// list of page numbers after a comma (<c>Dupont, Jean, 12, 45–47</c>).
    /// </summary>
    public static bool IsContentsEntry(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        // Both forms end the line on a page number (a digit, or a lower-case roman numeral after leaders). Any
        // other last character fails the pattern, which would otherwise try every letter of a prose line as the
        // start of a name.
        return !line.IsEmpty && (char.IsDigit(line[^1]) || line[^1] is 'i' or 'v' or 'x' or 'l' or 'c') && ContentsEntry().IsMatch(line);
    }

    /// <summary>
    /// A numbered section title with no sentence end: <c>3.2 Rendu</c>, <c>5 Adapt other styles</c>,
    /// <c>7.4 窓見出し</c>, <c>B.1 字体</c>. A single number must be followed by a capital: "3 years later" and "5 月 28 日" are
    /// prose that starts with a number.
    /// </summary>
    public static bool IsNumberedHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty || line[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '。' or '！' or '？' or '，' or '：' or '；')
        {
            return false;
        }
        return NumberedHeading().IsMatch(line);
    }

    /// <summary>
    /// A numbered question on a line of its own, the heading of an FAQ entry: <c>15 如何升级现有的 MiKTeX？</c>,
    /// <c>3. Comment installer le paquet ?</c>. A number then a digit (<c>5 2025 年？</c>) is not one.
    /// </summary>
    public static bool IsNumberedQuestion(ReadOnlySpan<char> line) => NumberedQuestion().IsMatch(line.Trim());

    /// <summary>
    /// A Hangul vowel or final consonant (conjoining jamo) at the start of a word: no syllable begins with one, so
    /// the reader put the letters of this line out of order (old Hangul set with composed fonts) and where its
    /// sentence goes on is not known.
    /// </summary>
    public static bool HasScrambledHangul(ReadOnlySpan<char> line)
    {
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] is >= '\u1160' and <= '\u11FF' && (i == 0 || line[i - 1] == ' '))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A multi-level section number starts the line (<c>5.2 Conventions</c>, <c>10.52. Version</c>, <c>12.7</c>, <c>G.1 编号</c>).</summary>
    public static bool StartsNumberedSection(ReadOnlySpan<char> line) => NumberedSection().IsMatch(line.Trim());

    /// <summary>
    /// A line of classical CJK verse: two or more clauses of the same length (five or seven characters, as in
    /// regulated verse), each closed by CJK punctuation. Prose clauses are seldom of equal length twice over.
    /// </summary>
    public static bool IsVerse(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int clauses = 0;
        int length = -1;
        int run = 0;
        foreach (char c in line)
        {
            if (Scripts.IsCjkLetter(c))
            {
                run++;
                continue;
            }
            if (c is not ('，' or '。' or '？' or '！' or '；' or '、'))
            {
                return false;
            }
            if (run is not (5 or 7) || (length >= 0 && run != length))
            {
                return false;
            }
            length = run;
            run = 0;
            clauses++;
        }
        return run == 0 && clauses >= 2;
    }

    /// <summary>
    /// A line that starts or ends with what is left of an ANSI colour code (<c>[33m</c>, <c>[m</c>) once its
    /// escape character is gone: a terminal program coloured it as a title or a name of its own.
    /// </summary>
    public static bool HasTerminalColour(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return TerminalColourAtStart().IsMatch(line) || TerminalColourAtEnd().IsMatch(line);
    }

    [GeneratedRegex(@"(?:(?:\.\s?){3,}|[…·]{2,}\s?)\s*(?:\d{1,4}|[ivxlc]{1,6})$|\p{L}[\p{L}\p{M}.'’)\s-]*,\s*\d{1,4}(?:[-–]\d{1,4})?(?:,\s*\d{1,4}(?:[-–]\d{1,4})?)+$")]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})+\.?\s+\S|^\d{1,2}\.?\s+\p{Lu}")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^(?:\d{1,2}|[A-Z])(?:\.\d{1,2})+\.?(?:\s|;|$)")]
    private static partial Regex NumberedSection();

    [GeneratedRegex(@"^(?:\d{1,3}\.?|\[\d{1,3}\])\s+[a-z]+://\S+$")]
    private static partial Regex NumberedAddress();

    [GeneratedRegex(@"\b(?:19|20)\d\d\s+\d{1,2}:\d\d(?::\d\d)?$")]
    private static partial Regex Timestamped();

    [GeneratedRegex(@"^\d{1,3}\.?\s+[^\d\s].*[?？]$")]
    private static partial Regex NumberedQuestion();

    [GeneratedRegex(@"^\^?\[\d{1,3}\]")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"^\[\d{0,3}(?:;\d{1,3})*m")]
    private static partial Regex TerminalColourAtStart();

    [GeneratedRegex(@"\[\d{0,3}(?:;\d{1,3})*m$")]
    private static partial Regex TerminalColourAtEnd();
}
