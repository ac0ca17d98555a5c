using System.Text.RegularExpressions;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Text whose punctuation and spaces are syntax, not typography, so the punctuation and spacing rules must not
/// touch them: URLs, e-mail addresses, inline code, Markdown link targets, emoji shortcodes (<c>:worried:</c>),
/// markup tags, JSON lines (a JSON Lines file read as plain text), code calls (<c>jieba.cut(text, HMM=False)</c>;
/// the Markdown reader drops the backticks around inline code), and whole blocks of part-of-speech annotated
/// text (<c>世纪/n ，/w</c>), where every token and space belongs to the annotation format.
/// </summary>
internal static partial class ProtectedText
{
    /// <summary>Tokens of the form <c>word/TAG</c> or <c>word_TAG</c> a block needs before it counts as annotated.</summary>
    private const int MinAnnotatedTokens = 3;

    private static readonly System.Buffers.SearchValues<char> CodeArgumentMarks = System.Buffers.SearchValues.Create("=\"'[]{}");

    // A character every match of SyntaxPattern holds, but for "www.": ':' (a URL's "://", a shortcode), '@' (an
    // address), '`' (code), ']' (a link target) and '<' (a tag or comment). Text with none of them is not searched.
    private static readonly System.Buffers.SearchValues<char> SyntaxMarks = System.Buffers.SearchValues.Create(":@`]<");

    /// <summary>For each position of <paramref name="text"/>, whether it lies in a protected span.</summary>
    public static bool[] Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var mask = new bool[text.Length];
        if (IsAnnotated(text))
        {
            mask.AsSpan().Fill(true);
            return mask;
        }
        if (text.AsSpan().ContainsAny(SyntaxMarks) || text.Contains("www.", StringComparison.Ordinal))
        {
            foreach (ValueMatch m in SyntaxPattern().EnumerateMatches(text))
            {
                mask.AsSpan(m.Index, m.Length).Fill(true);
            }
        }
        // A call needs its opening parenthesis; most prose blocks have none and are not searched.
        if (text.Contains('(', StringComparison.Ordinal))
        {
            foreach (Match m in CodeCallPattern().Matches(text))
            {
                if (IsCodeCall(m))
                {
                    mask.AsSpan(m.Index, m.Length).Fill(true);
                }
            }
        }
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int next = text.IndexOf('\n', lineStart);
            int lineEnd = next < 0 ? text.Length : next;
            if (IsJsonLine(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                mask.AsSpan(lineStart, lineEnd - lineStart).Fill(true);
            }
            lineStart = lineEnd + 1;
        }
        return mask;
    }

    /// <summary>
    /// True when most whitespace-separated tokens of the block carry a tag (<c>迈向/v 充满/vn 希望/n</c>,
    /// <c>中国_NR 经济_NN</c>): a corpus sample whose punctuation tokens (<c>，/w</c>) and spaces are data.
    /// </summary>
    public static bool IsAnnotated(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('/', '_') < 0)
        {
            return false; // a tag is joined to its word by '/' or '_'
        }
        int tokens = 0;
        int tagged = 0;
        foreach (var range in text.AsSpan().SplitAny(' ', '\t', '\n', '\u3000'))
        {
            var token = text.AsSpan()[range];
            if (token.IsEmpty)
            {
                continue;
            }
            tokens++;
            if (TaggedToken().IsMatch(token))
            {
                tagged++;
            }
        }
        return tagged >= MinAnnotatedTokens && tagged * 2 >= tokens;
    }

    /// <summary>
    /// A line that is a JSON object with a quoted key (<c>{"id": 1, …}</c>) or an array of objects or strings: its
    /// quotes, commas and colons are syntax. Checked by its ends, not a regular expression, so a long line costs
    /// one pass.
    /// </summary>
    private static bool IsJsonLine(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length < 2)
        {
            return false;
        }
        var inner = trimmed[1..^1].Trim();
        return (trimmed[0] == '{' && trimmed[^1] == '}' && inner.StartsWith('"') && inner.IndexOf("\":", StringComparison.Ordinal) is int colon && colon > 0)
            || (trimmed[0] == '[' && trimmed[^1] == ']' && !inner.IsEmpty && inner[0] is '{' or '"' && inner[^1] is '}' or '"');
    }

    /// <summary>
    /// A call is code when it shows code's marks — a dotted or underscored name, a lower-case name, an empty or
    /// keyword argument list — so <c>ChatGPT(AI)</c> in a Chinese sentence is still a name with a gloss.
    /// </summary>
    private static bool IsCodeCall(Match call)
    {
        string name = call.Groups["name"].Value;
        string args = call.Groups["args"].Value;
        return name.Contains('.', StringComparison.Ordinal) || name.Contains('_', StringComparison.Ordinal)
            || char.IsLower(name[0]) || args.Length == 0 || args.AsSpan().IndexOfAny(CodeArgumentMarks) >= 0;
    }

    [GeneratedRegex(
        @"(?:https?|ftp)://[\x21-\x7E]+|www\.[\x21-\x7E]+|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[\w-]+(?:\.[\w-]+)+"
        + @"|`[^`\n]*`|\]\([^)\s]*\)"
        + @"|(?<![\w:]):(?:(?=[a-z0-9_+-]{0,40}[a-z])[a-z0-9_+-]{1,40}|[+-]\d{1,3}):(?![\w:])"
        + @"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]{0,300})?/?>|<!--.*?-->")]
    private static partial Regex SyntaxPattern();

    // ASCII name, then an argument list of ASCII characters without a nested closing parenthesis.
    [GeneratedRegex(@"(?<![A-Za-z0-9_.])(?<name>[A-Za-z_][A-Za-z0-9_.]*)\((?<args>[\x20-\x27\x2A-\x7E]*)\)")]
    private static partial Regex CodeCallPattern();

    // word/TAG (PKU, 人民日报: 世纪/n, 锦/Ag, ，/w, [中国/ns 政府/n]nt) or word_TAG (CTB: 中国_NR).
    [GeneratedRegex(@"^\[?[^\s/_]+[/_][A-Za-z]{1,5}\d?\]?[A-Za-z]{0,3}$")]
    private static partial Regex TaggedToken();
}
