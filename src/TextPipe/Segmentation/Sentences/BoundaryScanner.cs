namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// Finds the sentence boundaries of one text: walks it once, gathers each run of terminators with the closing
/// quotes and brackets that follow (<c>?».</c>), and decides from what surrounds the run whether it ends a
/// sentence. One instance per call; not shared.
/// </summary>
internal sealed class BoundaryScanner
{
    private readonly string text;
    private readonly SentenceLanguage language;
    private readonly TextRegions regions;
    private readonly HashSet<int> markerDots = [];

    public BoundaryScanner(string text, SentenceLanguage language)
    {
        this.text = text;
        this.language = language;
        regions = new TextRegions(text);
    }

    /// <summary>Cut positions (exclusive ends of sentences), sorted and distinct.</summary>
    public List<int> Find()
    {
        var cuts = new List<int>();
        ListMarkers.Find(text, cuts, markerDots);
        int i = 0;
        while (i < text.Length)
        {
            int protectedEnd = regions.ProtectedEnd(i);
            if (protectedEnd > i)
            {
                i = protectedEnd;
                continue;
            }
            if (!IsTerminatorAt(i))
            {
                i++;
                continue;
            }
            var run = TerminatorRun.Read(text, i, language);
            if (run.SplitsAfterFirstDot)
            {
                // "compounds. . . . The": the attached period ends the sentence; the spaced ellipsis opens the next.
                if (HasWordAfter(i + 1))
                {
                    cuts.Add(i + 1);
                }
                i++;
                continue;
            }
            if (EndsSentence(run))
            {
                cuts.Add(run.End);
            }
            i = Math.Max(run.End, i + 1);
        }
        cuts.Sort();
        return cuts;
    }

    private bool IsTerminatorAt(int i)
    {
        char c = text[i];
        if (Punctuation.IsStrongTerminator(c) || Punctuation.IsDot(c) || Punctuation.IsEllipsis(c))
        {
            return !IsBetweenDigits(i) || c is not ('.' or '．' or ':');
        }
        if (language.IsExtraTerminator(c))
        {
            // 14:7, 05:01 are ratios and times, not Armenian or Arabic full stops.
            return !IsBetweenDigits(i);
        }
        // Chinese semicolons separate sentences (the soft limit relies on them too).
        return c == '；' && (language.IsCjk || Punctuation.IsCjkLetterAt(text, i - 1));
    }

    private bool IsBetweenDigits(int i) =>
        i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private bool EndsSentence(TerminatorRun run)
    {
        if (regions.IsEnclosed(run.Start, run.End) || IsBracketedMark(run))
        {
            return false;
        }
        var next = NextContext.Read(text, run.End);
        if (run.IsSpaceless || CjkAround(run))
        {
            return EndsCjkSentence(run, next);
        }
        if (!next.HadSpace)
        {
            return run.Dots == 1 && !run.HasStrong && GluedSentence(run.Start);
        }
        if (next.Index < 0)
        {
            return false;
        }
        char first = text[next.Index];
        if (char.IsLower(first))
        {
            return false;
        }
        if (run.HasStrong)
        {
            return true;
        }
        return EndsWithPeriods(run, next, first);
    }

    /// <summary>
    /// An omission or comment mark standing alone in brackets ([...], (...), (!), (?)), or the end of a title in
    /// book-title brackets (《钢铁是怎样炼成的？》): neither ends the sentence around it.
    /// </summary>
    private bool IsBracketedMark(TerminatorRun run)
    {
        var span = text.AsSpan(run.Start, run.End - run.Start);
        return (run.Start > 0 && text[run.Start - 1] is '[' or '(' && span.IndexOfAny(']', ')') > 0) || span.IndexOfAny('》', '〉') > 0;
    }

    /// <summary>Inside Chinese or Japanese text a terminator needs no space after it.</summary>
    private bool CjkAround(TerminatorRun run) =>
        Punctuation.IsCjkLetterAt(text, run.Start - 1) || Punctuation.IsCjkLetterAt(text, run.End)
            || (run.Start > 0 && char.IsLowSurrogate(text[run.Start - 1]) && Punctuation.IsCjkLetterAt(text, run.Start - 2));

    private bool EndsCjkSentence(TerminatorRun run, NextContext next)
    {
        if (next.Index < 0 || ClosesEnumeration(run))
        {
            return false;
        }
        // “你好！”他说。 — a quotation closed after its terminator and followed at once by text is part of a sentence,
        // unless the terminator is a full stop: Chinese puts 。 inside the quotation when the quotation ends the
        // sentence around it (“我明天来。”我点了点头。 is two sentences; one that goes on takes ，: “我明天来，”他说。).
        // A short speech tag after it (“不去。”他说。) is the usual exception and stays with its quotation.
        bool endsWithQuote = Punctuation.IsClosingQuote(text[run.End - 1]);
        if (!endsWithQuote || next.HadSpace || next.Index != run.End)
        {
            return true;
        }
        bool fullStopInside = text.AsSpan(run.Start, run.End - run.Start).ContainsAny('。', '｡');
        return fullStopInside && !SpeechTagAt(next.Index);
    }

    /// <summary>
    /// A short clause that attributes a quotation (他说。 老王问道， 她低声回答。): at most eight letters up to the next
    /// comma or terminator, ending in a verb of saying.
    /// </summary>
    private bool SpeechTagAt(int start)
    {
        const int MaxTagLength = 8;
        int i = start;
        while (i < text.Length && i - start <= MaxTagLength && Punctuation.IsCjkLetterAt(text, i))
        {
            i++;
        }
        bool clauseEnds = i < text.Length && text[i] is '。' or '，' or '！' or '？' or '：' or '；';
        return clauseEnds && i - start <= MaxTagLength && i > start && text[i - 1] is '说' or '說' or '道' or '问' or '問' or '答' or '喊' or '叫';
    }

    /// <summary>
    /// An ellipsis after the items of a list (苹果、香蕉、橘子……应有尽有): it stands for "and so on" inside the sentence.
    /// The clause before it, back to the last comma or terminator, holds an enumeration comma.
    /// </summary>
    private bool ClosesEnumeration(TerminatorRun run)
    {
        if (run.HasStrong || !Punctuation.IsEllipsis(text[run.Start]))
        {
            return false;
        }
        for (int i = run.Start - 1; i >= 0; i--)
        {
            switch (text[i])
            {
                case '、':
                    return true;
                case '，' or '。' or '！' or '？' or '；' or '：' or '\n':
                    return false;
            }
        }
        return false;
    }

    private bool EndsWithPeriods(TerminatorRun run, NextContext next, char first)
    {
        if (!language.PeriodEndsSentence)
        {
            return false;
        }
        if (run.Dots == 1)
        {
            return markerDots.Contains(run.Start) ? false : PeriodEndsSentence(run.Start, next, first);
        }
        if (run.Dots == 3)
        {
            // "really ... well", "the thing is . . . I": a spaced ellipsis is a pause; "went home... Then" ends.
            return !run.SpacedDots && char.IsUpper(first);
        }
        // ".." after an abbreviation (Nov.. Grazie), "...." = ellipsis plus full stop.
        return true;
    }

    /// <summary>Decides a single period followed by a space and a non-lower-case character.</summary>
    private bool PeriodEndsSentence(int dot, NextContext next, char first)
    {
        if (dot == 0 || regions.ProtectedEndsAt(dot))
        {
            return true;
        }
        var word = WordBefore(dot);
        if (word.IsEmpty)
        {
            // After a closing bracket or quote: "(Smith 55).", "[70]."
            return true;
        }
        if (char.IsDigit(word[0]))
        {
            bool ordinal = language.UsesOrdinalDots && IsPlainInteger(word) && char.IsLetter(first) && !next.SawOpener;
            return !ordinal;
        }
        if (word.Contains('.'))
        {
            // U.S., a.m., т.г., Ph.D.: an acronym ends a sentence only before a typical sentence opener.
            return IsStarterAt(next);
        }
        if (word.Length == 1 || IsDoubledInitial(word))
        {
            // Initials (Jonas E. Smith, А. Фарахани, z. B.), single-letter abbreviations (p. 55, г. Волгоград),
            // Spanish plural initials (EE. UU.). The pronoun "I" after a lower-case word is a word ("you and I."),
            // and a one-letter SI symbol after a number (à 8 h. Il…, 10 m. The…) takes no abbreviation dot: the dot
            // ends the sentence. Other letters after a number are abbreviations (44 a. C., 1898 г. В…).
            return (word is "I" && PreviousWordIsLower(dot - 1) && char.IsUpper(first)) || IsUnitLetter(dot - 1)
                || (word[0] is 'g' or 'h' or 'l' or 'm' or 's' or 't' && char.IsUpper(first) && NumberBefore(dot - 1));
        }
        if (language.UsesOrdinalDots && IsRomanNumeral(word) && char.IsLetter(first))
        {
            return false;
        }
        return language.Abbreviation(word) switch
        {
            AbbreviationKind.Title => false,
            AbbreviationKind.BeforeNumber => !char.IsDigit(first),
            AbbreviationKind.MayEnd => IsStarterAt(next),
            _ => true,
        };
    }

    /// <summary>"жағдайы.XVIII ғасыр": a lower-case word glued to a capitalised one is a missing space, not an abbreviation.</summary>
    private bool GluedSentence(int dot)
    {
        int after = dot + 1;
        if (after + 1 >= text.Length || !char.IsUpper(text[after]) || !char.IsLetter(text[after + 1]))
        {
            return false;
        }
        var word = WordBefore(dot);
        if (word.Length < 3 || word.Contains('.') || !char.IsLower(word[^1]) || regions.ProtectedEnd(dot) > 0)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return language.Abbreviation(word) is null;
    }

    /// <summary>
    /// The word that ends at <paramref name="dot"/>: letters, digits and inner periods (U.S, 3.5), plus the unit and
    /// currency signs numbers carry; stops at apostrophes so that l'Ing gives Ing. Empty after a closer.
    /// </summary>
    private ReadOnlySpan<char> WordBefore(int dot)
    {
        int end = dot;
        while (end > 0 && Punctuation.IsFormat(text[end - 1]))
        {
            end--;
        }
        int start = end;
        while (start > 0)
        {
            char c = text[start - 1];
            bool part = char.IsLetterOrDigit(c) || c is '°' or '²' or '³' or '$' or '€' or '£' or '%' or '-'
                || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                || (c is '.' or ',' && start - 2 >= 0 && char.IsLetterOrDigit(text[start - 2]));
            if (!part)
            {
                break;
            }
            start--;
        }
        return text.AsSpan(start, end - start).TrimStart("-$€£");
    }

    /// <summary>True when the word before the one at <paramref name="index"/> starts with a lower-case letter.</summary>
    private bool PreviousWordIsLower(int index)
    {
        int i = index - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return i >= 0 && char.IsLower(text[i]);
    }

    /// <summary>True when a number and one space at most come right before the letter at <paramref name="letter"/> (8 h, 10m).</summary>
    private bool NumberBefore(int letter)
    {
        int i = letter - 1;
        if (i >= 0 && text[i] is ' ' or '\u00A0' or '\u202F')
        {
            i--;
        }
        return i >= 0 && char.IsDigit(text[i]);
    }

    /// <summary>The last letter of a unit such as km/h, not an initial.</summary>
    private bool IsUnitLetter(int letter) => letter > 0 && text[letter - 1] == '/';

    private bool IsStarterAt(NextContext next)
    {
        if (next.Index < 0 || !char.IsLetter(text[next.Index]))
        {
            return false;
        }
        int end = next.Index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return language.IsSentenceStarter(text.AsSpan(next.Index, end - next.Index));
    }

    private bool HasWordAfter(int index)
    {
        for (int i = index; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
            if (!(Punctuation.IsSpaceOrFormat(text[i]) || Punctuation.IsDot(text[i]) || Punctuation.IsEllipsis(text[i])))
            {
                return false;
            }
        }
        return false;
    }

    private static bool IsPlainInteger(ReadOnlySpan<char> word)
    {
        if (word.Length > 4)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsDoubledInitial(ReadOnlySpan<char> word) =>
        word.Length == 2 && char.IsUpper(word[0]) && word[0] == word[1];

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M'))
            {
                return false;
            }
        }
        return true;
    }
}
