namespace TextPipe.Language;

/// <summary>A stretch of text in one family of scripts (CJK, Latin, Cyrillic...), with what the detector said about it.</summary>
internal readonly record struct LanguageRun(int Offset, int Length, LanguageGuess Guess);

/// <summary>
/// Splits a block into runs of one script family and labels each: a Chinese sentence with an English
/// quotation becomes three runs. Punctuation, digits and spaces stay with the run before them.
/// Runs too short to call take the language of a neighbour, and neighbours of one language merge.
/// </summary>
internal static class LanguageRuns
{
    public static List<LanguageRun> Split(string text, LanguageDetector detector, LanguageSet? candidates)
    {
        var raw = new List<(int Start, int End)>();
        int start = -1;
        int family = -1;
        for (int i = 0; i < text.Length; i++)
        {
            int cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            var system = WritingSystems.Of(cp);
            if (system is WritingSystem.None)
            {
                continue;
            }
            int f = FamilyOf(system);
            if (f != family)
            {
                if (start >= 0)
                {
                    raw.Add((start, i));
                }
                start = i;
                family = f;
            }
        }
        if (start >= 0)
        {
            raw.Add((start, text.Length));
        }

        var runs = raw.Select(r => new LanguageRun(r.Start, r.End - r.Start, detector.Detect(text.AsSpan(r.Start, r.End - r.Start), candidates))).ToList();
        AdoptNeighbours(runs);
        return Merge(runs);
    }

    private static int FamilyOf(WritingSystem system) => system switch
    {
        // Han, kana and Hangul mix inside Japanese and Korean sentences: one run, the detector sorts it out.
        WritingSystem.Han or WritingSystem.Kana or WritingSystem.Hangul => 0,
        _ => (int)system,
    };

    private static void AdoptNeighbours(List<LanguageRun> runs)
    {
        for (int i = 0; i < runs.Count; i++)
        {
            // A run in a language the detector does not know (a Telugu sentence) stays und: its neighbour's
            // language would be a wrong label, not a better guess.
            if (runs[i].Guess.IsDetermined || runs[i].Guess.IsUnknownLanguage)
            {
                continue;
            }
            var neighbour = i > 0 && runs[i - 1].Guess.IsDetermined ? runs[i - 1]
                : i + 1 < runs.Count && runs[i + 1].Guess.IsDetermined ? runs[i + 1]
                : (LanguageRun?)null;
            if (neighbour is { } n)
            {
                runs[i] = runs[i] with { Guess = n.Guess with { Evidence = runs[i].Guess.Evidence } };
            }
        }
    }

    private static List<LanguageRun> Merge(List<LanguageRun> runs)
    {
        var merged = new List<LanguageRun>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Guess.Lang == run.Guess.Lang && merged[^1].Guess.IsUnknownLanguage == run.Guess.IsUnknownLanguage)
            {
                var last = merged[^1];
                merged[^1] = last with
                {
                    Length = run.Offset + run.Length - last.Offset,
                    Guess = last.Guess with { Evidence = last.Guess.Evidence + run.Guess.Evidence },
                };
            }
            else
            {
                merged.Add(run);
            }
        }
        return merged;
    }
}
