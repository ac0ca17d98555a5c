using System.Globalization;
using TextPipe.Text;

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
        // Tokens as hashes and lengths, never as strings: a document of a million words would otherwise hold a
        // million small strings (and a million more for its lines) while the measures below run.
        var (hashes, prefix) = Tokens(paragraphs);
        int tokenCount = hashes.Count;
        if (tokenCount < MinTokens)
        {
            return signals;
        }
        var (lineCount, dupLines, dupLineChars) = Duplicates(paragraphs.SelectMany(Lines));
        var (paraCount, dupParas, dupParaChars) = Duplicates(paragraphs.Select(p => (p, 0, p.Length)));
        int totalChars = paragraphs.Sum(p => p.AsSpan().Trim().Length);
        signals.Add(new("repetition-dup-line-frac", "duplicate line fraction", (double)dupLines / lineCount, 0.30));
        signals.Add(new("repetition-dup-para-frac", "duplicate paragraph fraction", (double)dupParas / paraCount, 0.30));
        signals.Add(new("repetition-dup-line-char-frac", "duplicate line character fraction", (double)dupLineChars / totalChars, 0.20));
        signals.Add(new("repetition-dup-para-char-frac", "duplicate paragraph character fraction", (double)dupParaChars / totalChars, 0.20));

        int tokenChars = prefix[^1];
        // One table for the three top-n-gram measures and one set for the six duplicate ones, emptied between
        // measures: their capacity is kept instead of growing a new table from nothing each time.
        var counts = new Dictionary<ulong, (int Count, int Chars)>();
        for (int n = 2; n <= 4; n++)
        {
            // Gopher: characters covered by the most frequent n-gram = its length × its count.
            counts.Clear();
            for (int i = 0; i + n <= tokenCount; i++)
            {
                ulong h = NGram(hashes, i, n);
                counts[h] = counts.TryGetValue(h, out var seen) ? (seen.Count + 1, seen.Chars) : (1, prefix[i + n] - prefix[i]);
            }
            double top = counts.Count == 0 ? 0 : counts.Values.Max(v => (double)v.Count * v.Chars) / tokenChars;
            signals.Add(new($"repetition-top-{n}gram", $"top {n}-gram character coverage", top, TopThresholds[n - 2]));
        }
        var seenGrams = new HashSet<ulong>();
        for (int n = 5; n <= 10; n++)
        {
            // Gopher/datatrove: walk the n-grams; a repeat adds its characters and jumps past itself, so
            // overlapping repeats are not counted twice.
            seenGrams.Clear();
            long repeated = 0;
            int i = 0;
            while (i + n <= tokenCount)
            {
                ulong h = NGram(hashes, i, n);
                if (seenGrams.Add(h))
                {
                    i++;
                }
                else
                {
                    repeated += prefix[i + n] - prefix[i];
                    i += n;
                }
            }
            signals.Add(new($"repetition-dup-{n}gram", $"duplicate {n}-gram character coverage", (double)repeated / tokenChars, DupThresholds[n - 5]));
        }
        return signals;
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
    /// How many of the trimmed, non-empty units repeat an earlier one, and their characters. Units are compared as
    /// spans; only the distinct ones are kept as strings.
    /// </summary>
    private static (int Units, int Count, int Chars) Duplicates(IEnumerable<(string Text, int Start, int Length)> items)
    {
        var unique = new HashSet<string>(StringComparer.Ordinal);
        var lookup = unique.GetAlternateLookup<ReadOnlySpan<char>>();
        int units = 0, count = 0, chars = 0;
        foreach (var (text, start, length) in items)
        {
            var (trimmedStart, trimmedLength) = Trimmed(text, start, start + length);
            if (trimmedLength == 0)
            {
                continue;
            }
            units++;
            var item = text.AsSpan(trimmedStart, trimmedLength);
            if (!lookup.Add(item))
            {
                count++;
                chars += item.Length;
            }
        }
        return (units, count, chars);
    }

    /// <summary>
    /// Latin/digit words (lower-cased) and single CJK characters, as the hash of each and the running sum of their
    /// lengths (<c>prefix[i]</c> = characters of the first i tokens).
    /// </summary>
    private static (List<ulong> Hashes, List<int> Prefix) Tokens(IReadOnlyList<string> paragraphs)
    {
        var hashes = new List<ulong>();
        var prefix = new List<int> { 0 };
        foreach (string text in paragraphs)
        {
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (Scripts.IsCjkLetter(c))
                {
                    hashes.Add(Fnv(text.AsSpan(i, 1)));
                    prefix.Add(prefix[^1] + 1);
                    i++;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    int start = i;
                    while (i < text.Length && char.IsLetterOrDigit(text[i]) && !Scripts.IsCjkLetter(text[i]))
                    {
                        i++;
                    }
                    // Word characters are never surrogates (char.IsLetterOrDigit is false for them), so lower-casing
                    // each one is what lower-casing the word as a string does.
                    hashes.Add(FnvLower(text.AsSpan(start, i - start)));
                    prefix.Add(prefix[^1] + (i - start));
                }
                else
                {
                    i++;
                }
            }
        }
        return (hashes, prefix);
    }

    private static ulong FnvLower(ReadOnlySpan<char> token)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in token)
        {
            h = (h ^ char.ToLowerInvariant(c)) * 1099511628211UL;
        }
        return h;
    }

    private static ulong Fnv(ReadOnlySpan<char> token)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in token)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    private static ulong NGram(List<ulong> hashes, int start, int n)
    {
        ulong h = (ulong)n;
        for (int k = 0; k < n; k++)
        {
            h = (h * 0x9E3779B97F4A7C15UL) ^ hashes[start + k];
        }
        return h;
    }
}
