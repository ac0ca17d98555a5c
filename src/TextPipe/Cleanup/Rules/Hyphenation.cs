using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Decides whether a hyphen at the end of a line belongs to the word (<c>well-known</c>) or was added by
/// hyphenation (<c>exam-ple</c>). The document itself is the best witness: a form it writes elsewhere wins.
/// Without a witness, a short list of prefixes and second parts that keep their hyphen in English and French
/// decides; anything else is treated as soft hyphenation and joined.
/// </summary>
internal sealed partial class Hyphenation
{
    // Prefixes whose compounds keep the hyphen (self-aware, e-mail, non-profit; peut-être, week-end, sous-marin).
    // Prefixes that also start ordinary words a hyphenator splits (ex-ample, pro-gram, un-known) are left out.
    private static readonly FrozenSet<string> KeptPrefixes = FrozenSet.ToFrozenSet(
    [
        "self", "well", "ill", "non", "e", "co", "all", "half", "cross", "quasi", "x", "t", "vice",
        "peut", "week", "arc", "porte", "sous", "après", "avant", "demi", "belle", "beau", "arrière", "chef",
        "c'est", "c’est", "vis", "soi",
    ], StringComparer.Ordinal);

    // Second parts that make a compound (AI-based, cost-free) or a French inversion or pronoun (dit-il, peut-être, lui-même).
    private static readonly FrozenSet<string> KeptSecondParts = FrozenSet.ToFrozenSet(
    [
        "based", "related", "driven", "oriented", "specific", "friendly", "wide", "level", "scale", "term", "old",
        "être", "à", "dire", "il", "elle", "ils", "elles", "on", "t", "je", "tu", "nous", "vous", "là", "ci", "même",
        "mêmes", "ce", "moi", "toi", "lui", "leur", "eux", "y", "end", "ends",
    ], StringComparer.Ordinal);

    private readonly Dictionary<string, int> counts;

    private Hyphenation(Dictionary<string, int> counts) => this.counts = counts;

    /// <summary>Counts the words of the document (lower case), hyphenated compounds and their adjacent pairs included.</summary>
    public static Hyphenation FromTexts(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (ValueMatch match in WordPattern().EnumerateMatches(text))
            {
                string word = text.Substring(match.Index, match.Length).ToLowerInvariant();
                Add(word);
                if (word.Contains('-', StringComparison.Ordinal))
                {
                    string[] parts = word.Split('-');
                    for (int i = 0; i + 1 < parts.Length; i++)
                    {
                        Add(parts[i] + "-" + parts[i + 1]);
                    }
                }
            }
        }
        return new Hyphenation(counts);

        void Add(string word) => counts[word] = counts.GetValueOrDefault(word) + 1;
    }

    /// <summary>
    /// True when <paramref name="prefix"/><c>-</c><paramref name="suffix"/> split at a line end keeps its hyphen.
    /// <paramref name="prefix"/> is the word part before the hyphen (it may itself hold hyphens), <paramref name="suffix"/> the word after the break.
    /// </summary>
    public bool KeepsHyphen(string prefix, string suffix)
    {
        if (prefix.Length == 0 || suffix.Length == 0 || !char.IsLower(suffix[0]))
        {
            return true; // Jean-Pierre, COVID-19, 2023-2024: not hyphenation of a lower-case word
        }
        if (prefix.Contains('-', StringComparison.Ordinal) || !prefix.Any(char.IsLower) || prefix.Any(char.IsDigit))
        {
            return true; // state-of-the-art, c'est-à-dire, AI-based, 5G-enabled
        }
        string first = prefix.ToLowerInvariant();
        string second = suffix.ToLowerInvariant();
        int joined = counts.GetValueOrDefault(first + second);
        int hyphenated = counts.GetValueOrDefault(first + "-" + second);
        if (joined > 0 || hyphenated > 0)
        {
            return hyphenated > joined;
        }
        return KeptPrefixes.Contains(first) || KeptSecondParts.Contains(second);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
