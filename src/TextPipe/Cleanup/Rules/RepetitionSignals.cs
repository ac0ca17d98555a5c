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
        var lines = paragraphs.SelectMany(p => p.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var paras = paragraphs.Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var tokens = Tokens(paragraphs);
        if (tokens.Count < MinTokens)
        {
            return signals;
        }
        int totalChars = paras.Sum(p => p.Length);
        var (dupLines, dupLineChars) = Duplicates(lines);
        var (dupParas, dupParaChars) = Duplicates(paras);
        signals.Add(new("repetition-dup-line-frac", "duplicate line fraction", (double)dupLines / lines.Count, 0.30));
        signals.Add(new("repetition-dup-para-frac", "duplicate paragraph fraction", (double)dupParas / paras.Count, 0.30));
        signals.Add(new("repetition-dup-line-char-frac", "duplicate line character fraction", (double)dupLineChars / totalChars, 0.20));
        signals.Add(new("repetition-dup-para-char-frac", "duplicate paragraph character fraction", (double)dupParaChars / totalChars, 0.20));

        var hashes = new ulong[tokens.Count];
        var prefix = new int[tokens.Count + 1];
        for (int i = 0; i < tokens.Count; i++)
        {
            hashes[i] = Fnv(tokens[i]);
            prefix[i + 1] = prefix[i] + tokens[i].Length;
        }
        int tokenChars = prefix[^1];
        for (int n = 2; n <= 4; n++)
        {
            // Gopher: characters covered by the most frequent n-gram = its length × its count.
            var counts = new Dictionary<ulong, (int Count, int Chars)>();
            for (int i = 0; i + n <= tokens.Count; i++)
            {
                ulong h = NGram(hashes, i, n);
                counts[h] = counts.TryGetValue(h, out var seen) ? (seen.Count + 1, seen.Chars) : (1, prefix[i + n] - prefix[i]);
            }
            double top = counts.Count == 0 ? 0 : counts.Values.Max(v => (double)v.Count * v.Chars) / tokenChars;
            signals.Add(new($"repetition-top-{n}gram", $"top {n}-gram character coverage", top, TopThresholds[n - 2]));
        }
        for (int n = 5; n <= 10; n++)
        {
            // Gopher/datatrove: walk the n-grams; a repeat adds its characters and jumps past itself, so
            // overlapping repeats are not counted twice.
            var seen = new HashSet<ulong>();
            long repeated = 0;
            int i = 0;
            while (i + n <= tokens.Count)
            {
                ulong h = NGram(hashes, i, n);
                if (seen.Add(h))
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

    private static (int Count, int Chars) Duplicates(List<string> items)
    {
        var unique = new HashSet<string>(StringComparer.Ordinal);
        int count = 0, chars = 0;
        foreach (var item in items)
        {
            if (!unique.Add(item))
            {
                count++;
                chars += item.Length;
            }
        }
        return (count, chars);
    }

    /// <summary>Latin/digit words (lower-cased) and single CJK characters.</summary>
    private static List<string> Tokens(IReadOnlyList<string> paragraphs)
    {
        var tokens = new List<string>();
        foreach (string text in paragraphs)
        {
            int i = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (Scripts.IsCjkLetter(c))
                {
                    tokens.Add(c.ToString());
                    i++;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    int start = i;
                    while (i < text.Length && char.IsLetterOrDigit(text[i]) && !Scripts.IsCjkLetter(text[i]))
                    {
                        i++;
                    }
                    tokens.Add(text[start..i].ToLower(CultureInfo.InvariantCulture));
                }
                else
                {
                    i++;
                }
            }
        }
        return tokens;
    }

    private static ulong Fnv(string token)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in token)
        {
            h = (h ^ c) * 1099511628211UL;
        }
        return h;
    }

    private static ulong NGram(ulong[] hashes, int start, int n)
    {
        ulong h = (ulong)n;
        for (int k = 0; k < n; k++)
        {
            h = (h * 0x9E3779B97F4A7C15UL) ^ hashes[start + k];
        }
        return h;
    }
}
