using System.Collections.Concurrent;
using System.Collections.Frozen;
using TextPipe.Text;

namespace TextPipe.Segmentation.Sentences;

/// <summary>
/// What the sentence scanner needs to know about one language: its extra terminators, its abbreviations,
/// the words that open its sentences, and a few conventions. Built once per language code and cached;
/// immutable, so shared across threads.
/// </summary>
internal sealed class SentenceLanguage
{
    private static readonly ConcurrentDictionary<string, SentenceLanguage> Cache = new(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> starters;

    private SentenceLanguage(string code)
    {
        Code = code;
        IsCjk = SentenceLanguageData.CjkLanguages.Contains(code);
        UsesOrdinalDots = SentenceLanguageData.OrdinalDotLanguages.Contains(code);
        (PeriodEndsSentence, ExtraTerminators) = code switch
        {
            // Armenian ends sentences with the verjaket (։, often typed as an ASCII colon); its period is a
            // mid-sentence pause.
            "hy" => (false, ":։"),
            // Arabic prose strings clauses with the Arabic comma and colon; the usual convention for Arabic
            // segmentation (and the benchmark's) treats both as segment ends. Latin commas inside are left alone.
            "ar" => (true, ":،"),
            // The Greek question mark looks like a semicolon (ASCII ; or U+037E).
            "el" => (true, ";;"),
            _ => (true, ""),
        };

        var abbreviationTable = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        AddAbbreviations(abbreviationTable, SentenceLanguageData.CommonLatinAbbreviations);
        if (SentenceLanguageData.Abbreviations.TryGetValue(code, out var own))
        {
            AddAbbreviations(abbreviationTable, own);
        }
        if (code is "uk" or "be" or "sr" or "mk" or "kk" or "ky" or "tg" && SentenceLanguageData.Abbreviations.TryGetValue("ru", out var cyrillic))
        {
            AddAbbreviations(abbreviationTable, cyrillic);
        }
        abbreviations = abbreviationTable.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        var starterWords = new HashSet<string>(SentenceLanguageData.CommonSentenceStarters.Split(' '), StringComparer.OrdinalIgnoreCase);
        if (SentenceLanguageData.SentenceStarters.TryGetValue(code, out var ownStarters))
        {
            starterWords.UnionWith(ownStarters.Split(' '));
        }
        starters = starterWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Primary language subtag, lower case; empty when unknown.</summary>
    public string Code { get; }

    /// <summary>Chinese, Japanese: sentences end at 。！？；… without spaces and get a soft length limit.</summary>
    public bool IsCjk { get; }

    /// <summary>False for Armenian, whose period is not a full stop.</summary>
    public bool PeriodEndsSentence { get; }

    /// <summary>Ordinal numbers take a period (German <c>12. Juni</c>): a period after a plain number before a word is not an end.</summary>
    public bool UsesOrdinalDots { get; }

    /// <summary>Characters that end sentences in this language on top of the universal ones.</summary>
    public string ExtraTerminators { get; }

    /// <summary>
    /// The language for <paramref name="lang"/> (BCP-47-ish; only the primary subtag counts). Without one, a text
    /// that is mostly CJK letters is treated as Chinese (Japanese when it has kana), anything else by the
    /// language-neutral rules.
    /// </summary>
    public static SentenceLanguage For(string? lang, string text)
    {
        string code = Normalize(lang) ?? Guess(text);
        return Cache.GetOrAdd(code, static c => new SentenceLanguage(c));
    }

    public bool IsExtraTerminator(char c) => ExtraTerminators.Length > 0 && ExtraTerminators.AsSpan().Contains(c);

    public AbbreviationKind? Abbreviation(ReadOnlySpan<char> word) =>
        abbreviations.TryGetValue(word, out var kind) ? kind : null;

    public bool IsSentenceStarter(ReadOnlySpan<char> word) => starters.Contains(word);

    private static string? Normalize(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }
        int dash = lang.IndexOfAny(['-', '_']);
        string primary = dash > 0 ? lang[..dash] : lang;
        return primary.Trim().ToLowerInvariant();
    }

    private static string Guess(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 2000));
        if (Scripts.CjkShare(sample) < 0.5)
        {
            return "";
        }
        foreach (char c in sample)
        {
            if (Scripts.IsKana(c))
            {
                return "ja";
            }
        }
        return "zh";
    }

    private static void AddAbbreviations(Dictionary<string, AbbreviationKind> table, string entries)
    {
        foreach (var entry in entries.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (word, kind) = entry[0] switch
            {
                '#' => (entry[1..], AbbreviationKind.BeforeNumber),
                '~' => (entry[1..], AbbreviationKind.MayEnd),
                _ => (entry, AbbreviationKind.Title),
            };
            table[word] = kind;
        }
    }
}
