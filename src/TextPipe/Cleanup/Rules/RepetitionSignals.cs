using System.Globalization;

namespace TextPipe.Cleanup.Rules;

/// <summary>One Gopher repetition measure: its flag code, value and the threshold above which it is flagged.</summary>
internal readonly record struct RepetitionSignal(string Code, string Description, double Value, double Threshold);

/// <summary>
/// The repetition measures of Gopher's quality filter (Rae et al. 2021, "MassiveText" rules, as datatrove
/// implements them), computed in one linear pass with hashing. Tokens are Latin/digit words and, for CJK,
/// single characters, so Chinese gets character n-grams where English gets word n-grams. Character counts
/// are counts of token characters (punctuation and spaces left out).
/// </summary>
internal static class RepetitionSignals
{
    /// <summary>Below this many tokens the fractions say more about size than quality: no signals.</summary>
    public const int MinTokens = 50;

    private static readonly double[] TopThresholds = [0.20, 0.18, 0.16];
    private static readonly double[] DupThresholds = [0.15, 0.14, 0.13, 0.12, 0.11, 0.10];

    public static List<RepetitionSignal> Measure(IReadOnlyList<string> paragraphs)
    {
        var signals = new List<RepetitionSignal>();
        // Tokens as hashes and lengths, never as strings; a document of more than RepetitionTokenList.MaxTokens reads
        // them again for each measure rather than keeping them: a million words would otherwise hold a million small
        // strings (or 12 bytes a token) while the measures below run.
        var (tokenCount, tokenChars) = CountTokens(paragraphs);
        if (tokenCount < MinTokens)
        {
            return signals;
        }
        // Below the list's limit the nine n-gram measures read the tokens from it, not from the text again.
        using var tokens = RepetitionTokenList.Read(paragraphs, tokenCount);
        // One table of hashes serves every measure below: first as the set of lines, then of paragraphs, then (sorted,
        // with each n-gram's characters) for the three top-n-gram measures, then as the set of each n. A third larger
        // than the most units it holds, so a set is never more than three quarters full; 8 bytes a unit where a set
        // of the lines' text took 28 (10 million lines: 107 MB against 280).
        int mostLines = paragraphs.Sum(p => p.AsSpan().Count('\n') + 1);
        int slots = Math.Max(tokenCount, Math.Max(mostLines, paragraphs.Count));
        var hashes = new ulong[slots + slots / 3 + 1];
        var seen = new NGramSet(hashes);
        var (lineCount, dupLines, dupLineChars) = Duplicates(paragraphs.SelectMany(Lines), seen);
        var (paraCount, dupParas, dupParaChars) = Duplicates(paragraphs.Select(p => (p, 0, p.Length)), seen);
        int totalChars = paragraphs.Sum(p => p.AsSpan().Trim().Length);
        signals.Add(new("repetition-dup-line-frac", "duplicate line fraction", (double)dupLines / lineCount, 0.30));
        signals.Add(new("repetition-dup-para-frac", "duplicate paragraph fraction", (double)dupParas / paraCount, 0.30));
        signals.Add(new("repetition-dup-line-char-frac", "duplicate line character fraction", (double)dupLineChars / totalChars, 0.20));
        signals.Add(new("repetition-dup-para-char-frac", "duplicate paragraph character fraction", (double)dupParaChars / totalChars, 0.20));

        var chars = new int[tokenCount];
        for (int n = 2; n <= 4; n++)
        {
            double top = TopCoverage(paragraphs, tokens, n, hashes, chars) / tokenChars;
            signals.Add(new($"repetition-top-{n}gram", $"top {n}-gram character coverage", top, TopThresholds[n - 2]));
        }
        for (int n = 5; n <= 10; n++)
        {
            // Gopher/datatrove: walk the n-grams; a repeat adds its characters and jumps past itself, so
            // overlapping repeats are not counted twice.
            seen.Clear();
            long repeated = 0;
            int next = 0;
            var grams = Grams(paragraphs, tokens, n);
            while (grams.Next())
            {
                if (grams.Position < next)
                {
                    continue;
                }
                if (seen.Add(grams.Hash))
                {
                    next = grams.Position + 1;
                }
                else
                {
                    repeated += grams.Chars;
                    next = grams.Position + n;
                }
            }
            signals.Add(new($"repetition-dup-{n}gram", $"duplicate {n}-gram character coverage", (double)repeated / tokenChars, DupThresholds[n - 5]));
        }
        return signals;
    }

    /// <summary>The n-grams from the token list when there is one, else from the paragraphs: the same either way.</summary>
    private static RepetitionTokens Grams(IReadOnlyList<string> paragraphs, RepetitionTokenList? tokens, int n) =>
        tokens is null ? new RepetitionTokens(paragraphs, n) : new RepetitionTokens(tokens, n);

    private static (int Count, int Chars) CountTokens(IReadOnlyList<string> paragraphs)
    {
        var tokens = new RepetitionTokens(paragraphs, 1);
        int count = 0;
        int chars = 0;
        while (tokens.Next())
        {
            count++;
            chars += tokens.Chars;
        }
        return (count, chars);
    }

    /// <summary>
    /// Gopher: the characters covered by the most frequent n-gram, its length × its count, the length being that of
    /// its first occurrence. The n-grams' hashes are sorted with their characters, so each run of one hash is one
    /// n-gram and its count is the run's length. Two arrays take 12 bytes an n-gram where a dictionary of counts
    /// took about 30 and more while it grew.
    /// </summary>
    private static double TopCoverage(IReadOnlyList<string> paragraphs, RepetitionTokenList? tokens, int n, ulong[] hashes, int[] chars)
    {
        int count = 0;
        var grams = Grams(paragraphs, tokens, n);
        while (grams.Next())
        {
            hashes[count] = grams.Hash;
            chars[count] = grams.Chars;
            count++;
        }
        var keys = hashes.AsSpan(0, count);
        var lengths = chars.AsSpan(0, count);
        keys.Sort(lengths);
        double top = 0;
        int run = 0;
        while (run < count)
        {
            int end = run + 1;
            bool sameLength = true;
            while (end < count && keys[end] == keys[run])
            {
                sameLength &= lengths[end] == lengths[run];
                end++;
            }
            // Different lengths under one hash mean two n-grams whose hashes collide: counted as one, as a dictionary
            // of hashes counts them, with the length of the first occurrence, which the sort has lost.
            int length = sameLength ? lengths[run] : FirstChars(paragraphs, tokens, n, keys[run]);
            top = Math.Max(top, (double)(end - run) * length);
            run = end;
        }
        return top;
    }

    /// <summary>Characters of the first n-gram whose hash is <paramref name="hash"/>.</summary>
    private static int FirstChars(IReadOnlyList<string> paragraphs, RepetitionTokenList? tokens, int n, ulong hash)
    {
        var grams = Grams(paragraphs, tokens, n);
        while (grams.Next())
        {
            if (grams.Hash == hash)
            {
                return grams.Chars;
            }
        }
        throw new InvalidOperationException("an n-gram hash that was read is not found again");
    }

    public static string Message(RepetitionSignal signal) =>
        string.Create(CultureInfo.InvariantCulture, $"{signal.Description} {signal.Value:0.000} > {signal.Threshold:0.00}");

    /// <summary>The lines of a paragraph as (text, start, length) of their trimmed span; empty lines left out.</summary>
    private static IEnumerable<(string Text, int Start, int Length)> Lines(string paragraph)
    {
        int start = 0;
        while (start <= paragraph.Length)
        {
            int end = paragraph.IndexOf('\n', start);
            if (end < 0)
            {
                end = paragraph.Length;
            }
            var (trimmedStart, trimmedLength) = Trimmed(paragraph, start, end);
            if (trimmedLength > 0)
            {
                yield return (paragraph, trimmedStart, trimmedLength);
            }
            start = end + 1;
        }
    }

    private static (int Start, int Length) Trimmed(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var trimmed = span.TrimStart();
        int offset = start + (span.Length - trimmed.Length);
        return (offset, trimmed.TrimEnd().Length);
    }

    /// <summary>
    /// How many of the trimmed, non-empty units repeat an earlier one, and their characters. Units are compared by their
    /// 64-bit hashes in <paramref name="seen"/>, made once for the most units the document can have: a set of slices of
    /// the text cost 28 bytes a unit, and a copy of each distinct unit a string per line.
    /// </summary>
    private static (int Units, int Count, int Chars) Duplicates(IEnumerable<(string Text, int Start, int Length)> items, NGramSet seen)
    {
        seen.Clear();
        int units = 0, count = 0, chars = 0;
        foreach (var (text, start, length) in items)
        {
            var (trimmedStart, trimmedLength) = Trimmed(text, start, start + length);
            if (trimmedLength == 0)
            {
                continue;
            }
            units++;
            if (!seen.Add(TextHash64.Of(text.AsSpan(trimmedStart, trimmedLength))))
            {
                count++;
                chars += trimmedLength;
            }
        }
        return (units, count, chars);
    }
}
