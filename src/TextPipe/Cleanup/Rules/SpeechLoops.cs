using System.Globalization;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Finds the loops speech recognisers fall into — a unit said three or more times in a row — and the
/// span that collapsing them to one occurrence removes. Character loops in CJK, word loops in Latin
/// text, clause loops at commas. Repetition that speech makes on purpose stays: a unit said twice
/// (<c>谢谢谢谢</c>, <c>very very</c>), runs of one character (<c>对对对</c>, <c>哈哈哈哈</c>), emphatic or
/// interjection words (<c>no no no</c>), and short answers said as their own clause (<c>好的好的好的，</c>).
/// </summary>
internal static class SpeechLoops
{
    public const int MinRepeats = 3;
    private const int MaxCjkUnit = 8;
    private const int MaxWordUnit = 8;
    private const int MaxClauseUnit = 4;

    /// <summary>Words people do say three times on purpose; a loop of one of them alone is speech, not a recogniser loop.</summary>
    private static readonly HashSet<string> Reduplicable = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "yes", "yeah", "yep", "nope", "oh", "ah", "ha", "haha", "ho", "he", "hey", "la", "na", "so", "go", "bye",
        "very", "really", "much", "more", "now", "wait", "come", "please", "stop", "run", "help", "hip", "okay", "ok",
        "non", "oui", "si", "très", "allez", "vite", "bravo", "encore", "merci", "bon", "là",
    };

    /// <summary>CJK character loops in <paramref name="text"/>: units of 2–8 letters repeated at least three times.</summary>
    public static void FindCjkLoops(string text, TextRanges into)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!Scripts.IsCjkLetter(text[i]))
            {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < text.Length && Scripts.IsCjkLetter(text[runEnd]))
            {
                runEnd++;
            }
            int runStart = i;
            while (i < runEnd)
            {
                int advance = 1;
                for (int unit = 2; unit <= MaxCjkUnit && i + unit * MinRepeats <= runEnd; unit++)
                {
                    int repeats = CountRepeats(text.AsSpan(i, runEnd - i), unit);
                    if (repeats < MinRepeats || !IsPrimitive(text.AsSpan(i, unit)))
                    {
                        continue;
                    }
                    int loopEnd = i + unit * repeats;
                    // A two-letter answer said three times as a clause of its own is dialogue: 好的好的好的，
                    bool wholeClause = i == runStart && loopEnd == runEnd && !IsWordChar(text, runStart - 1) && !IsWordChar(text, runEnd);
                    if (!(unit == 2 && wholeClause))
                    {
                        into.Add(i + unit, loopEnd, $"repetition loop: '{text.Substring(i, unit)}' ×{repeats}");
                    }
                    advance = unit * repeats;
                    break;
                }
                i += advance;
            }
        }
    }

    /// <summary>Latin word loops: 1–8 words repeated at least three times with only spaces between them.</summary>
    public static void FindWordLoops(string text, TextRanges into)
    {
        // One phrase at a time, in one list used again: a list per phrase held ten million of them for a text of ten
        // million one-word lines (1.1 GB), where no phrase could hold a loop.
        var phrase = new List<ClauseSpan>();
        int previousEnd = -1;
        foreach (var word in LatinWords(text))
        {
            bool joined = phrase.Count > 0 && word.Start > previousEnd && text.AsSpan(previousEnd, word.Start - previousEnd).Trim(" \t").IsEmpty;
            if (!joined)
            {
                FindWordLoops(text, phrase, into);
                phrase.Clear();
            }
            phrase.Add(word);
            previousEnd = word.End;
        }
        FindWordLoops(text, phrase, into);
    }

    /// <summary>The loops of one phrase: a run of Latin words separated by spaces or tabs only, as a loop never crosses punctuation or a line break.</summary>
    private static void FindWordLoops(string text, List<ClauseSpan> phrase, TextRanges into)
    {
        if (phrase.Count < MinRepeats)
        {
            return; // too few words to say anything three times
        }
        var keys = phrase.Select(w => text[w.Start..w.End].ToLower(CultureInfo.InvariantCulture)).ToList();
        int i = 0;
        while (i < keys.Count)
        {
            int advance = 1;
            for (int unit = 1; unit <= MaxWordUnit && i + unit * MinRepeats <= keys.Count; unit++)
            {
                int repeats = 1;
                while (i + unit * (repeats + 1) <= keys.Count && SameRange(keys, i, i + unit * repeats, unit))
                {
                    repeats++;
                }
                if (repeats < MinRepeats || !IsPrimitiveWords(keys, i, unit))
                {
                    continue;
                }
                if (unit > 1 || !Reduplicable.Contains(keys[i]))
                {
                    string words = text[phrase[i].Start..phrase[i + unit - 1].End];
                    into.Add(phrase[i + unit - 1].End, phrase[i + unit * repeats - 1].End, $"repetition loop: '{words}' ×{repeats}");
                }
                advance = unit * repeats;
                break;
            }
            i += advance;
        }
    }

    /// <summary>A clause of a clause sequence: its comparison key and how many letters it has.</summary>
    public readonly record struct ClauseKey(string Key, int Letters);

    public static ClauseKey KeyOf(string clause)
    {
        int letters = 0;
        foreach (char c in clause)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
        }
        return new ClauseKey(clause.ToLower(CultureInfo.InvariantCulture), letters);
    }

    /// <summary>
    /// Clause loops in a sequence of clauses: a group of 1–4 clauses repeated at least three times in a row
    /// (<c>A，A，A</c>; <c>A，B，A，B，A，B</c>). Returns the [first, end) index ranges of clauses to remove, the
    /// first occurrence of the group staying. A group needs four letters or more (<c>对，对，对</c> and
    /// <c>no, no, no</c> are speech). One clause of a repeat may differ slightly from the others (same length,
    /// at most a third of its letters changed, as speech recognition varies a loop) but only where the
    /// clauses one group before and after it agree exactly, and exact matches must be at least as many as
    /// such near ones: an enumeration like <c>第一个问题，第二个问题，第三个问题</c> never qualifies.
    /// </summary>
    public static List<(int First, int End, int Period)> FindClauseLoops(IReadOnlyList<ClauseKey> clauses)
    {
        var loops = new List<(int, int, int)>();
        int s = 0;
        while (s < clauses.Count)
        {
            int advance = 1;
            for (int p = 1; p <= MaxClauseUnit && s + p * MinRepeats <= clauses.Count; p++)
            {
                int letters = 0;
                bool everyClauseHasLetters = true;
                for (int k = s; k < s + p; k++)
                {
                    letters += clauses[k].Letters;
                    everyClauseHasLetters &= clauses[k].Letters > 0;
                }
                if (letters < 4 || !everyClauseHasLetters)
                {
                    continue;
                }
                int exact = 0, near = 0;
                int e = s + p;
                while (e < clauses.Count)
                {
                    if (clauses[e].Key == clauses[e - p].Key)
                    {
                        exact++;
                    }
                    else if (NearWithWitness(clauses, e, p))
                    {
                        near++;
                    }
                    else
                    {
                        break;
                    }
                    e++;
                }
                // A short group said exactly three times is more often the speaker's emphasis than the recogniser's
                // loop ("please, please, please", "the path, the path, the path"): it needs a fourth copy.
                int needed = ShortGroupWeight(clauses, s, p) < EmphasisWeight ? MinRepeats + 1 : MinRepeats;
                if (e - s >= p * needed && exact >= Math.Max(1, near))
                {
                    loops.Add((s + p, e, p));
                    advance = e - s;
                    break;
                }
            }
            s += advance;
        }
        return loops;
    }

    /// <summary>Content weight a clause group needs (Latin letters 1, CJK letters 2) for three copies to be a loop.</summary>
    private const int EmphasisWeight = 8;

    private static int ShortGroupWeight(IReadOnlyList<ClauseKey> clauses, int start, int period)
    {
        int weight = 0;
        for (int k = start; k < start + period; k++)
        {
            weight += RepeatUnits.Weight(clauses[k].Key);
        }
        return weight;
    }

    private static bool NearWithWitness(IReadOnlyList<ClauseKey> clauses, int i, int p)
    {
        if (!Near(clauses[i].Key, clauses[i - p].Key))
        {
            return false;
        }
        bool thisOneVaries = i + p < clauses.Count && clauses[i + p].Key == clauses[i - p].Key;
        bool earlierOneVaries = i - 2 * p >= 0 && clauses[i - 2 * p].Key == clauses[i].Key;
        return thisOneVaries || earlierOneVaries;
    }

    private static bool Near(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 4)
        {
            return false;
        }
        int diff = 0;
        for (int k = 0; k < a.Length; k++)
        {
            if (a[k] != b[k] && ++diff > a.Length / 3)
            {
                return false;
            }
        }
        return true;
    }

    private static int CountRepeats(ReadOnlySpan<char> run, int unit)
    {
        var first = run[..unit];
        int repeats = 1;
        while ((repeats + 1) * unit <= run.Length && run.Slice(repeats * unit, unit).SequenceEqual(first))
        {
            repeats++;
        }
        return repeats;
    }

    /// <summary>False for a unit that is itself a repetition (哈哈, 谢谢, abab): it belongs to a shorter unit.</summary>
    private static bool IsPrimitive(ReadOnlySpan<char> unit)
    {
        for (int d = 1; d < unit.Length; d++)
        {
            if (unit.Length % d == 0 && CountRepeats(unit, d) == unit.Length / d)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPrimitiveWords(List<string> keys, int i, int unit)
    {
        for (int d = 1; d < unit; d++)
        {
            if (unit % d == 0)
            {
                bool periodic = true;
                for (int k = d; k < unit && periodic; k += d)
                {
                    periodic = SameRange(keys, i, i + k, d);
                }
                if (periodic)
                {
                    return false;
                }
            }
        }
        return true;
    }

    private static bool SameRange(List<string> keys, int a, int b, int count)
    {
        for (int k = 0; k < count; k++)
        {
            if (keys[a + k] != keys[b + k])
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWordChar(string text, int i) => i >= 0 && i < text.Length && char.IsLetterOrDigit(text[i]);

    /// <summary>Words containing a Latin letter (letters, digits, apostrophes and inner hyphens), in order.</summary>
    private static IEnumerable<ClauseSpan> LatinWords(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordPart(text[i]) || text[i] is '\'' or '’' or '-')
            {
                i++;
                continue;
            }
            int start = i;
            bool latin = false;
            while (i < text.Length && IsWordPart(text[i]))
            {
                latin |= Scripts.IsLatinLetter(text[i]);
                i++;
            }
            if (latin)
            {
                yield return new ClauseSpan(start, i);
            }
        }
    }

    private static bool IsWordPart(char c) =>
        (char.IsLetterOrDigit(c) && !Scripts.IsCjkLetter(c)) || c is '\'' or '’' or '-';
}
