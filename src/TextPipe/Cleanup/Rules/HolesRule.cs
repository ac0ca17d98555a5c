using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Flags text left broken where a reference, title or number was removed upstream: an article or preposition
/// right before punctuation ("mentionné dans le , par exemple", "in the , and"), empty brackets and quotes
/// (《》 （） “” () []), a Chinese preposition with nothing after it ("根据，", "在 。") and doubled commas
/// (", ,"). It only flags: the missing words cannot be guessed, and a flag costs nothing when it is wrong.
/// </summary>
public sealed partial class HolesRule : ICleanupRule
{
    private static readonly FrozenWords Articles = new("the", "a", "an", "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "au", "aux");

    // Articles that are never the last word of a clause, so "the," is a hole even without a space; "la" (the
    // note), "un" (counting), "a" (French verb) are not among them. Hyphenated imperatives (prends-le.) never match.
    private static readonly FrozenWords TightArticles = new("the", "le", "les", "des", "du", "aux", "l'", "l’");

    private static readonly FrozenWords Prepositions = new(
        "of", "in", "on", "at", "to", "for", "from", "with", "by", "into", "dans", "sur", "pour", "par", "avec", "en", "à", "de", "d'", "d’");

    // Words that introduce a word as a word ("such as in, on", "comme le, la") or name it.
    private static readonly FrozenWords MetaWords = new("as", "like", "comme", "que", "word", "words", "mot", "mots", "article", "articles", "preposition", "prepositions", "préposition", "prépositions");

    public RuleDescriptor Descriptor { get; } = new(
        "holes",
        "Flags holes left by removed references or numbers: 'dans le , par', 'in the , and', empty 《》 （）, '根据，', ', ,'",
        ImmutableHashSet.Create(StringComparer.Ordinal, "default", "strict"));

    public void Apply(CleanupContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        for (int b = 0; b < context.Blocks.Count; b++)
        {
            int end = 0;
            foreach (var (start, length, note) in Find(context.Blocks[b].Text))
            {
                if (start >= end)
                {
                    context.Flag(b, start, length, note);
                    end = start + length;
                }
            }
        }
    }

    /// <summary>Holes in <paramref name="text"/>, sorted by start (they may overlap; the caller keeps the first).</summary>
    public static List<(int Start, int Length, string Note)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<(int, int, string)>();
        foreach (Match m in FunctionWordBeforePunctuation().Matches(text))
        {
            string word = m.Groups["w"].Value.ToLowerInvariant();
            bool gap = m.Groups["gap"].Length > 0;
            char p = m.Groups["p"].Value[0];
            bool article = Articles.Contains(word);
            bool hole = article
                ? gap || TightArticles.Contains(word)
                : Prepositions.Contains(word) && gap && p is ',' or '.' or ')';
            if (hole && (gap || !IsList(text, m, article)) && !MetaWords.Contains(PreviousWord(text, m.Index)))
            {
                found.Add((m.Index, m.Length, article ? "hole: article before punctuation" : "hole: preposition before punctuation"));
            }
        }
        foreach (Match m in EmptyBrackets().Matches(text))
        {
            // foo() is a call, [](x) a Markdown link, ![]: an image: not holes.
            char prev = m.Index > 0 ? text[m.Index - 1] : ' ';
            char next = m.Index + m.Length < text.Length ? text[m.Index + m.Length] : ' ';
            if (m.Value[0] is '(' or '[' && (char.IsAsciiLetterOrDigit(prev) || prev is '_' or '!' or ']' || next is '(' or ':'))
            {
                continue;
            }
            found.Add((m.Index, m.Length, "hole: empty brackets or quotes"));
        }
        foreach (Match m in HanPrepositionBeforePunctuation().Matches(text))
        {
            int at = m.Index;
            char prev = at > 0 ? text[at - 1] : '\n';
            bool clauseStart = char.IsWhiteSpace(prev) || Scripts.IsCjkPunctuation(prev) || char.IsPunctuation(prev);
            bool spaced = m.Groups["gap"].Length > 0;
            bool letterSpaced = prev == ' ' && at > 1 && Scripts.IsHan(text[at - 2]);
            bool strong = m.Groups["p2"].Success;
            // 根据/关于… cannot end a clause: a hole at a clause start, or anywhere with a space where the object was.
            // One-character prepositions (在, 于, 从…) end clauses in good text (他不在。): only the space betrays them.
            if (letterSpaced || !(strong ? clauseStart || spaced : spaced))
            {
                continue;
            }
            found.Add((m.Index, m.Length, "hole: preposition before punctuation"));
        }
        foreach (Match m in DoubledComma().Matches(text))
        {
            found.Add((m.Index, m.Length, "hole: doubled comma"));
        }
        found.Sort((x, y) => x.Item1.CompareTo(y.Item1));
        return found;
    }

    /// <summary>"in, on and at", "the, a or an" (written without a space before the comma): the next word after the mark is of the same kind: a list of words, not a hole.</summary>
    private static bool IsList(string text, Match m, bool article)
    {
        var next = NextWord().Match(text, m.Index + m.Length);
        if (!next.Success)
        {
            return false;
        }
        string word = next.Groups["w"].Value.ToLowerInvariant();
        if (word is "and" or "or" or "et" or "ou")
        {
            var after = NextWord().Match(text, next.Index + next.Length);
            word = after.Success ? after.Groups["w"].Value.ToLowerInvariant() : "";
        }
        return article ? Articles.Contains(word) : Prepositions.Contains(word);
    }

    private static string PreviousWord(string text, int at)
    {
        int end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text[start..end].ToLowerInvariant();
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’\-])(?<w>(?i:the|an|a|les|le|la|l'|l’|une|un|des|du|aux|au|of|into|in|on|at|to|for|from|with|by|dans|sur|pour|par|avec|en|à|de|d'|d’))(?<gap>[ \t\u00A0\u202F]*)(?<p>[,.;:!?)»])")]
    private static partial Regex FunctionWordBeforePunctuation();

    [GeneratedRegex(@"\G[\s,;:.]*(?<w>[\p{L}'’]+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\([ \u3000]*\)|（[ \u3000]*）|《[ \u3000]*》|〈[ \u3000]*〉|“[ \u3000]*”|【[ \u3000]*】|「[ \u3000]*」|『[ \u3000]*』|«[ \u00A0\u202F]*»|\[[ ]*\]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"(?:(?<p2>根据|依据|按照|依照|关于|对于|鉴于|基于|随着|为了|据)|(?<p1>在|于|从|向|对|把|被|给|跟|与|和|同|由|自|将|以|按))(?<gap>[ \u3000]*)[，。、；：！？）]")]
    private static partial Regex HanPrepositionBeforePunctuation();

    [GeneratedRegex(@",[ \t\u00A0\u202F]+,|[，、][ \u3000]*，")]
    private static partial Regex DoubledComma();
}
