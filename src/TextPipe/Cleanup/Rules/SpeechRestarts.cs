using System.Globalization;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Finds restarts in speech-to-text output: the speaker begins, breaks off and begins again, and the
/// recogniser writes both starts (<c>我们今天，我们今天讨论</c>, <c>I think I think we</c>, <c>the the</c>). A restart is a
/// copy said twice that the speech then goes on from, so only the copy that is followed by the rest of the
/// clause counts; a phrase said twice and left there (<c>加油，加油</c>, <c>thank you, thank you.</c>) is the
/// speaker's emphasis and stays. Grammatical reduplication stays too: a CJK unit of two letters said twice
/// (<c>研究研究</c>, <c>高高兴兴</c>, <c>谢谢谢谢</c>) cannot be told from a stuttered noun without parts of speech, and
/// Latin doubles are taken only where the first word opens a clause and never doubles in grammar (an article, a
/// subject pronoun, a conjunction: <c>very very</c>, <c>that that</c>, <c>had had</c>, <c>nous nous</c>, and <c>he he</c>
/// and <c>my my</c>, which are laughter and surprise, stay). Used on
/// transcripts only (see <see cref="TranscriptRule"/>); loops of three and more are <see cref="SpeechLoops"/>'.
/// </summary>
internal static class SpeechRestarts
{
    private const int MinCjkGlued = 3;
    private const int MinCjkClause = 2;
    private const int MaxCjkUnit = 8;
    private const int MaxWordUnit = 5;

    /// <summary>
    /// Words never said twice in a row by grammar: articles, subject pronouns, conjunctions and the commonest
    /// prepositions (English, French). Not <c>that</c>, <c>had</c>, <c>is</c>, <c>la</c>, <c>nous</c>, <c>vous</c>, which double
    /// in correct sentences (<c>I know that that</c>, <c>nous nous sommes</c>). Said twice alone they are a stutter.
    /// </summary>
    private static readonly HashSet<string> NeverDoubled = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "i", "we", "she", "they", "and", "but", "of", "to", "our", "this",
        "le", "les", "un", "une", "des", "du", "je", "il", "ils", "elle", "elles", "on", "et", "mais", "que", "ce",
    };

    /// <summary>
    /// Subject pronouns: a phrase of several words said twice is a restart only when it opens a clause with one
    /// (<c>I think I think</c>, <c>je pense je pense</c>). A phrase starting with an article or preposition said twice is as
    /// often a song's or a speaker's emphasis (<c>the power, the power to read</c>) and stays.
    /// </summary>
    private static readonly HashSet<string> SubjectPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "we", "she", "they", "je", "il", "ils", "elle", "elles", "on",
    };

    /// <summary>Restarts in <paramref name="text"/>, as ranges to remove (one copy each).</summary>
    public static void Find(string text, TextRanges into)
    {
        FindClauseRestarts(text, into);
        FindGluedCjkRestarts(text, into);
        FindWordRestarts(text, into);
    }

    /// <summary>
    /// <c>X，X…</c>: a clause that the next clause starts with and goes on from. The first copy and its comma go.
    /// X is 2–8 CJK letters, a Latin word that never doubles (<c>the, the main</c>) or 2–5 Latin words starting with a
    /// subject pronoun (<c>we are, we are going</c>).
    /// </summary>
    private static void FindClauseRestarts(string text, TextRanges into)
    {
        int clauseStart = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('，' or ','))
            {
                if (IsClauseBoundary(c))
                {
                    clauseStart = i + 1;
                }
                continue;
            }
            int start = SkipSpaces(text, clauseStart);
            string clause = text[start..i];
            int next = SkipSpaces(text, i + 1);
            clauseStart = i + 1;
            if (clause.Length == 0 || !text.AsSpan(next).StartsWith(clause, StringComparison.Ordinal))
            {
                continue;
            }
            int after = next + clause.Length;
            bool restart = IsCjkUnit(clause, MinCjkClause)
                ? after < text.Length && Scripts.IsCjkLetter(text[after])
                : IsLatinOpening(clause) && after + 1 < text.Length && text[after] == ' ' && char.IsLetter(text[after + 1]);
            if (restart)
            {
                into.Add(EarlierCopies(text, start, clause), next, $"restart: '{clause}'");
            }
        }
    }

    /// <summary>
    /// The start of the first of several copies said before the one at <paramref name="start"/> (<c>我们，我们，我们今天</c>):
    /// all of them go at once, so that a second run finds nothing.
    /// </summary>
    private static int EarlierCopies(string text, int start, string clause)
    {
        while (true)
        {
            int comma = start - 1;
            while (comma >= 0 && text[comma] is ' ' or '\t')
            {
                comma--;
            }
            int copy = comma - clause.Length;
            bool earlier = comma > 0 && text[comma] is '，' or ',' && copy >= 0 && text.AsSpan(copy, clause.Length).SequenceEqual(clause)
                && (copy == 0 || IsClauseBoundary(text[copy - 1]) || text[copy - 1] is '，' or ',' or ' ');
            if (!earlier)
            {
                return start;
            }
            start = copy;
        }
    }

    /// <summary><c>我们今天我们今天讨论</c>: a unit of 3–8 CJK letters said exactly twice, then the clause goes on.</summary>
    private static void FindGluedCjkRestarts(string text, TextRanges into)
    {
        int i = 0;
        while (i < text.Length)
        {
            int advance = 1;
            for (int unit = MaxCjkUnit; unit >= MinCjkGlued; unit--)
            {
                int end = i + unit * 2;
                if (end >= text.Length || !Scripts.IsCjkLetter(text[end]) || !IsCjkUnit(text.AsSpan(i, unit), unit) || !Repeats(text, i, i + unit, unit))
                {
                    continue;
                }
                // Said three times is a loop (SpeechLoops), not a restart.
                bool third = (i >= unit && Repeats(text, i - unit, i, unit)) || (end + unit <= text.Length && Repeats(text, i, end, unit));
                if (!third)
                {
                    into.Add(i + unit, end, $"restart: '{text.Substring(i, unit)}'");
                    advance = unit * 2;
                }
                break;
            }
            i += advance;
        }
    }

    private static bool Repeats(string text, int a, int b, int length) => text.AsSpan(a, length).SequenceEqual(text.AsSpan(b, length));

    /// <summary>
    /// Latin words said twice with only a space between, then more words: <c>the the main</c>, <c>I think I think we</c>,
    /// <c>je pense je pense que</c>. One word must be one that never doubles, several must start with a subject pronoun;
    /// the second copy goes.
    /// </summary>
    private static void FindWordRestarts(string text, TextRanges into)
    {
        var words = Words(text);
        int i = 0;
        while (i < words.Count)
        {
            int advance = 1;
            for (int unit = 1; unit <= MaxWordUnit && i + unit * 2 < words.Count; unit++)
            {
                if (!(unit == 1 ? NeverDoubled : SubjectPronouns).Contains(Key(text, words[i])) || !SpacedRun(text, words, i, unit * 2 + 1) || !SameWords(text, words, i, i + unit, unit))
                {
                    continue;
                }
                // Said three times is a loop, not a restart.
                bool third = i + unit * 3 <= words.Count && SpacedRun(text, words, i, unit * 3) && SameWords(text, words, i, i + unit * 2, unit);
                if (!third)
                {
                    var first = words[i + unit - 1];
                    var second = words[i + unit * 2 - 1];
                    into.Add(first.End, second.End, $"restart: '{text[words[i].Start..first.End]}'");
                    advance = unit * 2;
                }
                break;
            }
            i += advance;
        }
    }

    private static bool IsClauseBoundary(char c) =>
        c is '。' or '！' or '？' or '；' or '：' or '!' or '?' or ';' or ':' or '\n' or '.' or '、' or '“' or '”' or '"' or '(' or ')' or '（' or '）';

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        return i;
    }

    private static bool IsCjkUnit(ReadOnlySpan<char> unit, int minLength)
    {
        if (unit.Length < minLength || unit.Length > MaxCjkUnit)
        {
            return false;
        }
        foreach (char c in unit)
        {
            if (!Scripts.IsCjkLetter(c))
            {
                return false;
            }
        }
        // A unit that is itself a doubled letter or pair (谢谢, 看看看看) is reduplication, not a restart.
        return !(unit.Length % 2 == 0 && unit[..(unit.Length / 2)].SequenceEqual(unit[(unit.Length / 2)..])) && unit[0] != unit[1];
    }

    private static bool IsLatinOpening(string clause)
    {
        var parts = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is >= 1 and <= MaxWordUnit && (parts.Length == 1 ? NeverDoubled : SubjectPronouns).Contains(parts[0])
            && parts.All(p => p.All(ch => Scripts.IsLatinLetter(ch) || ch is '\'' or '’'));
    }

    private static string Key(string text, ClauseSpan word) => text[word.Start..word.End].ToLower(CultureInfo.InvariantCulture);

    private static bool SameWords(string text, List<ClauseSpan> words, int a, int b, int count)
    {
        for (int k = 0; k < count; k++)
        {
            if (Key(text, words[a + k]) != Key(text, words[b + k]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when <paramref name="count"/> words from <paramref name="from"/> are separated by single spaces only.</summary>
    private static bool SpacedRun(string text, List<ClauseSpan> words, int from, int count)
    {
        if (from + count > words.Count)
        {
            return false;
        }
        for (int k = from + 1; k < from + count; k++)
        {
            if (words[k].Start != words[k - 1].End + 1 || text[words[k - 1].End] != ' ')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Latin words (letters and apostrophes), in order.</summary>
    private static List<ClauseSpan> Words(string text)
    {
        var words = new List<ClauseSpan>();
        int i = 0;
        while (i < text.Length)
        {
            if (!Scripts.IsLatinLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && (Scripts.IsLatinLetter(text[i]) || text[i] is '\'' or '’'))
            {
                i++;
            }
            words.Add(new ClauseSpan(start, i));
        }
        return words;
    }
}
