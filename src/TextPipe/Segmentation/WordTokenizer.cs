using System.Text;
using TextPipe.Documents;
using TextPipe.Segmentation.Sentences;
using TextPipe.Text;

namespace TextPipe.Segmentation;

/// <summary>
/// Splits a block's text into word tokens with their offsets. Choices (documented because they differ between
/// conventions):
/// <list type="bullet">
/// <item>Words are runs of letters, marks and digits; inner hyphens and apostrophes stay inside
/// (<c>well-known</c>, <c>peut-être</c>, <c>don't</c>, <c>aujourd'hui</c>). English contractions are kept whole
/// rather than split the Penn way (<c>do</c> <c>n't</c>): they are one word for counting and search.</item>
/// <item>French and Italian elisions are split after the apostrophe: <c>l’État</c> → <c>l’</c> <c>État</c>,
/// <c>qu'il</c> → <c>qu'</c> <c>il</c>, <c>dell'anno</c> → <c>dell'</c> <c>anno</c>; <c>aujourd'hui</c>,
/// <c>quelqu'un</c>, <c>prud'homme</c> stay whole.</item>
/// <item>Numbers keep their separators: <c>3,000.50</c>, <c>3 000,50</c> (space-grouped thousands), <c>42,8</c>,
/// <c>v2.0.1</c>; a following <c>%</c> is its own token.</item>
/// <item>URLs and e-mail addresses are one token each; dotted abbreviations (<c>U.S.</c>, <c>e.g.</c>) keep their periods.</item>
/// <item>Punctuation marks are tokens too (a run of the same mark, such as <c>...</c>, is one token).</item>
/// <item>Han runs go to the <see cref="IChineseWordSegmenter"/> (one token per character without one). In
/// Japanese text Han, hiragana and katakana runs are tokens by script only; Thai, Lao, Khmer and Myanmar runs are
/// one token per run. Neither has a dictionary yet: those tokens are script runs, not words.</item>
/// </list>
/// Thread-safe when the Chinese segmenter is.
/// </summary>
public sealed class WordTokenizer(IChineseWordSegmenter chinese)
{
    private static readonly string[] WholeElisionWords = ["aujourd", "quelqu", "prud", "presqu"];
    private static readonly string[] FrenchElisions = ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"];
    private static readonly string[] ItalianElisions =
        ["l", "d", "c", "un", "dell", "all", "dall", "nell", "sull", "coll", "quest", "quell", "anch", "com", "dov", "tutt", "buon", "sant", "bell", "quand"];

    public WordTokenizer()
        : this(PerCharacterChineseSegmenter.Instance)
    {
    }

    public IReadOnlyList<Token> Tokenize(string text, string? lang)
    {
        ArgumentNullException.ThrowIfNull(text);
        string code = lang is null ? "" : lang.Split('-', '_')[0].ToLowerInvariant();
        var links = LinkFinder.Find(text);
        int link = 0;
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            while (link < links.Count && links[link].End <= i)
            {
                link++;
            }
            if (link < links.Count && links[link].Start <= i)
            {
                int end = links[link].End;
                AddRange(tokens, text, i, end);
                i = end;
                continue;
            }
            char c = text[i];
            if (Punctuation.IsSpaceOrFormat(c))
            {
                i++;
                continue;
            }
            var script = ScriptOf(text, i);
            int limit = link < links.Count ? links[link].Start : text.Length;
            bool chinese = code != "ja";
            i = script switch
            {
                RunScript.Han when chinese => SegmentHan(tokens, text, i, limit),
                _ when chinese && char.IsDigit(c) && NumberRunEnd(text, i, limit) is var end && end < limit && Scripts.IsHan(text[end])
                    => SegmentHan(tokens, text, i, limit),
                RunScript.Han or RunScript.Hiragana or RunScript.Katakana or RunScript.SoutheastAsian => ScriptRun(tokens, text, i, limit, script),
                _ when char.IsDigit(c) => Number(tokens, text, i, limit),
                _ when IsWordChar(text, i) => Word(tokens, text, i, limit, code),
                _ => PunctuationRun(tokens, text, i),
            };
        }
        return tokens;
    }

    private enum RunScript
    {
        Other,
        Han,
        Hiragana,
        Katakana,
        SoutheastAsian,
    }

    private static RunScript ScriptOf(string text, int i)
    {
        if (!Rune.TryGetRuneAt(text, i, out var rune))
        {
            return RunScript.Other;
        }
        int v = rune.Value;
        if (Scripts.IsHan(v))
        {
            return RunScript.Han;
        }
        if (v is (>= 0x3041 and <= 0x309F))
        {
            return RunScript.Hiragana;
        }
        if (v is (>= 0x30A0 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0xFF66 and <= 0xFF9F))
        {
            return RunScript.Katakana;
        }
        // Thai, Lao, Myanmar, Khmer: written without spaces between words.
        return v is (>= 0x0E00 and <= 0x0EFF) or (>= 0x1000 and <= 0x109F) or (>= 0x1780 and <= 0x17FF) ? RunScript.SoutheastAsian : RunScript.Other;
    }

    private static int RunEnd(string text, int start, int limit, RunScript script)
    {
        int i = start;
        while (i < limit && (ScriptOf(text, i) == script || (script == RunScript.Katakana && text[i] == 'ー')
            || (script == RunScript.SoutheastAsian && char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)))
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < limit ? 2 : 1;
        }
        return Math.Max(i, start + 1);
    }

    /// <summary>
    /// A Chinese run: Han characters with the numbers written into them (2023年5月27日, 3.5亿, ５０％), so the
    /// Chinese segmenter decides whether a number and its unit or date part make one word, as its convention says.
    /// </summary>
    private int SegmentHan(List<Token> tokens, string text, int start, int limit)
    {
        int end = start;
        while (end < limit)
        {
            if (char.IsDigit(text[end]))
            {
                end = NumberRunEnd(text, end, limit);
            }
            else if (ScriptOf(text, end) == RunScript.Han)
            {
                end = RunEnd(text, end, limit, RunScript.Han);
            }
            else
            {
                break;
            }
        }
        tokens.AddRange(chinese.Segment(text, start, end - start));
        return end;
    }

    /// <summary>End of the digits at <paramref name="start"/>, decimal points and per-cent signs between or after them included.</summary>
    private static int NumberRunEnd(string text, int start, int limit)
    {
        int i = start;
        while (i < limit && (char.IsDigit(text[i])
            || (text[i] is '.' or '．' && i + 1 < limit && char.IsDigit(text[i + 1]))
            || text[i] is '%' or '％'))
        {
            i++;
        }
        return i;
    }

    private static int ScriptRun(List<Token> tokens, string text, int start, int limit, RunScript script)
    {
        int end = RunEnd(text, start, limit, script);
        AddRange(tokens, text, start, end);
        return end;
    }

    /// <summary>Digits with inner separators: 3,000.50 · 3 000,50 · 42,8 · 2.0.1 · 10:30 · 1/2.</summary>
    private static int Number(List<Token> tokens, string text, int start, int limit)
    {
        int i = start;
        while (i < limit)
        {
            if (char.IsDigit(text[i]) || (char.IsLetter(text[i]) && i > start && IsAsciiAlnumTail(text, i)))
            {
                i++;
            }
            else if (text[i] is '.' or ',' or ':' or '/' && i + 1 < limit && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
            {
                i++;
            }
            else if (text[i] is ' ' or '\u00A0' or '\u202F' or '\u2009' && IsSpaceGroupedThousands(text, i, limit))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        AddRange(tokens, text, start, i);
        return i;
    }

    /// <summary>Letters right after digits in one word (3rd, 5G, 10km) stay with the number.</summary>
    private static bool IsAsciiAlnumTail(string text, int i) => char.IsAsciiLetter(text[i]);

    /// <summary>"3 000,50": a space between a group of at most three digits and exactly three more digits.</summary>
    private static bool IsSpaceGroupedThousands(string text, int space, int limit)
    {
        int before = 0;
        for (int k = space - 1; k >= 0 && char.IsAsciiDigit(text[k]); k--)
        {
            before++;
        }
        int after = 0;
        for (int k = space + 1; k < limit && char.IsAsciiDigit(text[k]); k++)
        {
            after++;
        }
        return before is >= 1 and <= 3 && after == 3;
    }

    private static bool IsWordChar(string text, int i)
    {
        char c = text[i];
        return char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark || (char.IsSurrogate(c) && ScriptOf(text, i) == RunScript.Other && char.IsLetter(text, i));
    }

    private static int Word(List<Token> tokens, string text, int start, int limit, string lang)
    {
        int i = start;
        while (i < limit)
        {
            var script = ScriptOf(text, i);
            if (script != RunScript.Other)
            {
                break;
            }
            if (IsWordChar(text, i))
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < limit ? 2 : 1;
                continue;
            }
            bool joinsLetters = i + 1 < limit && IsWordChar(text, i + 1) && ScriptOf(text, i + 1) == RunScript.Other;
            if (text[i] is '\'' or '’' && joinsLetters)
            {
                if (IsElision(text.AsSpan(start, i - start), lang))
                {
                    AddRange(tokens, text, start, i + 1);
                    start = i + 1;
                }
                i++;
                continue;
            }
            if (text[i] is '-' or '‐' && joinsLetters)
            {
                i++;
                continue;
            }
            if (text[i] is '.' or ',' && i + 1 < limit && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))
            {
                // Versions and numbers inside words: v2.0.1, MP3,5.
                i++;
                continue;
            }
            if (text[i] == '.' && IsDottedAbbreviation(text, start, i, limit))
            {
                i++;
                continue;
            }
            break;
        }
        AddRange(tokens, text, start, i);
        return i;
    }

    /// <summary>U.S. and e.g.: single letters each followed by a period.</summary>
    private static bool IsDottedAbbreviation(string text, int start, int dot, int limit)
    {
        if (dot - start < 1 || !char.IsLetter(text[dot - 1]) || (dot - 2 >= start && text[dot - 2] != '.'))
        {
            return false;
        }
        bool letterFollows = dot + 2 < limit && char.IsLetter(text[dot + 1]) && text[dot + 2] == '.';
        bool closesChain = dot - 2 >= start && text[dot - 2] == '.';
        return letterFollows || closesChain;
    }

    private static bool IsElision(ReadOnlySpan<char> prefix, string lang)
    {
        foreach (var whole in WholeElisionWords)
        {
            if (prefix.Equals(whole, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        var list = lang switch
        {
            "fr" or "ca" or "" => FrenchElisions,
            "it" => ItalianElisions,
            _ => [],
        };
        foreach (var elision in list)
        {
            if (prefix.Equals(elision, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static int PunctuationRun(List<Token> tokens, string text, int start)
    {
        int width = char.IsHighSurrogate(text[start]) && start + 1 < text.Length ? 2 : 1;
        int i = start + width;
        while (width == 1 && i < text.Length && text[i] == text[start])
        {
            i++;
        }
        AddRange(tokens, text, start, i);
        return i;
    }

    private static void AddRange(List<Token> tokens, string text, int start, int end)
    {
        if (end > start)
        {
            tokens.Add(new Token(text[start..end], start));
        }
    }
}
