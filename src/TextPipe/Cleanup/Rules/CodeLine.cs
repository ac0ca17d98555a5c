using System.Buffers;
using System.Text.RegularExpressions;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Tells a line of program code, TeX source or a shell session from a line of prose, where a reader left a
/// listing among paragraphs (a PDF has no code blocks). Prose never ends a line on a brace, a semicolon after a
/// closing bracket or a TeX comment sign, never holds a TeX command with its argument (<c>\foo{</c>) or a macro
/// parameter (<c>#1</c>), never starts with a shell prompt, and is mostly letters. Each sign alone is enough:
/// the rules that ask would rather leave a prose line alone than change a line of code.
/// </summary>
internal static partial class CodeLine
{
    public static bool Is(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty)
        {
            return false;
        }
        // A TeX comment sign ends code only after a brace ({% or }%): "rose by 5%" ends prose.
        if (line[^1] is '{' or '}' or '\\' || line.EndsWith("}%", StringComparison.Ordinal) || line.EndsWith("{%", StringComparison.Ordinal)
            || line.EndsWith(");", StringComparison.Ordinal) || line.EndsWith("};", StringComparison.Ordinal))
        {
            return true;
        }
        if (line[0] is '\\' or '}' or '{')
        {
            return true;
        }
        return HasSign(line) || SymbolHeavy(line);
    }

    /// <summary>
    /// Whether <see cref="CodeSign"/> matches the line. Every sign but the bare keyword lines (<c>end</c>, <c>if … then</c>,
    /// <c>elseif …</c>) needs a character prose rarely writes, or a comma, colon, dash, per cent sign, bracket or double
    /// quote where prose does not put it;
    /// a line without any (most prose) is asked only the keyword part, anchored at its start, instead of the whole
    /// alternation at every position. The line-wrap rule asks this of every line.
    /// </summary>
    internal static bool HasSign(ReadOnlySpan<char> line) =>
        MayHaveSymbolSign(line) ? CodeSign().IsMatch(line) : KeywordLine().IsMatch(line);

    private static readonly SearchValues<char> SignCharacters = SearchValues.Create("\\#{}=$>&|");

    private static readonly SearchValues<char> ProseCharacters = SearchValues.Create(",:-%(\"");

    /// <summary>
    /// False only when no sign of <see cref="CodeSign"/> but its keyword lines can match: none of <c>\ # { } = $ &gt; &amp; |</c>,
    /// and the characters prose uses too only where prose does not put them: a comma before a lower-case ASCII letter
    /// (<c>false,head</c>), <c>::</c>, a dash doubled or after something other than a letter or digit (<c>--quiet</c>,
    /// <c>-s</c>), a per cent sign first, doubled or after a letter or full stop (<c>coll.%</c>; not "5%"), a bracket
    /// right after a word or in a line naming a function (<c>f(</c>), a double quote next to two full stops.
    /// </summary>
    private static bool MayHaveSymbolSign(ReadOnlySpan<char> line)
    {
        if (line.ContainsAny(SignCharacters))
        {
            return true;
        }
        bool function = line.Contains("function", StringComparison.Ordinal);
        int at = 0;
        while (true)
        {
            int found = line[at..].IndexOfAny(ProseCharacters);
            if (found < 0)
            {
                return false;
            }
            int i = at + found;
            char previous = i > 0 ? line[i - 1] : '\0';
            char next = i + 1 < line.Length ? line[i + 1] : '\0';
            bool sign = line[i] switch
            {
                ',' => char.IsAsciiLetterLower(next),
                ':' => next == ':',
                '-' => next == '-' || i == 0 || !char.IsLetterOrDigit(previous),
                '%' => i == 0 || next == '%' || char.IsLetter(previous) || previous == '.',
                '(' => function || (i > 0 && !char.IsWhiteSpace(previous)),
                _ => line[(i + 1)..].StartsWith("..", StringComparison.Ordinal) || line[..i].EndsWith("..", StringComparison.Ordinal),
            };
            if (sign)
            {
                return true;
            }
            at = i + 1;
        }
    }

    /// <summary>
    /// More code symbols than a sentence carries: braces, brackets, operators and sigils are at least a sixth
    /// of the visible characters and there are at least three of them.
    /// </summary>
    private static bool SymbolHeavy(ReadOnlySpan<char> line)
    {
        int visible = 0;
        int symbols = 0;
        foreach (char c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            visible++;
            if (c is '{' or '}' or '[' or ']' or '=' or '<' or '>' or '\\' or '|' or '&' or '$' or '#' or '~' or '^' or ';' or '@')
            {
                symbols++;
            }
        }
        return symbols >= 3 && symbols * 6 >= visible;
    }

    /// <summary>
    /// A TeX command with an argument or option (<c>\usepackage{</c>, <c>\def\x</c>), a macro parameter
    /// (<c>{#1}</c>, <c>##1</c>, <c>\foo#1</c>; not "ranked #1"), a shell prompt (<c>$ make</c>, <c>% tex</c>), or a programming operator (<c>==</c>,
    /// <c>=&gt;</c>, <c>-&gt;</c>, <c>::</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>:=</c>). Also an internal TeX name
    /// (<c>\cs_new:Npn</c>, <c>\l__pkg_tl</c>), a BibTeX entry or field (<c>@Book{</c>, <c>title = {</c>) and an
    /// assignment at the start of a line (<c>local x = 1</c>, <c>p.penalty = 10000</c>), a TeX comment right
    /// after a word (<c>coll.% note</c>; "5 %" and "5%" are percentages) and a call of a dotted or snake_case
    /// name (<c>node.insert_after(</c>), a TeX file header (<c>%%</c> at either end), and the block structure
    /// of a script (<c>if … then</c>, <c>for … do</c>, <c>function f(</c>, <c>end</c> alone), each possibly
    /// after a listing's line number. Also the continuation of an assignment (<c>= "value",</c> at the start),
    /// BibTeX built-in functions (<c>missing$</c> ending the line, or two of them), a Lua condition with its
    /// comment (<c>then -- out of range</c>), <c>elseif</c>, words joined by a comma without a space
    /// (<c>false,head</c>), Lua's string concatenation (<c>"..x</c>) and a command with two options
    /// (<c>makeindex -s a.ist -o a.idx</c>, <c>initexmf --update-fndb --quiet</c>).
    /// </summary>
    [GeneratedRegex(@"\\[A-Za-z@]+\s*[{\[\\#]|\\[A-Za-z]+[_@:][A-Za-z_@:]+|##\d|[{}]#\d|^@[A-Za-z]+\s*\{|=\s*\{|^(?:\d{1,4}\s+)?(?:local\s+|var\s+|const\s+)?[A-Za-z_][\w.]*\s*=\s|^[$%]\s+[a-z.]|^%%|%%$|^(?:\d{1,4}\s+)?(?:end|else|fi|done)$|^(?:\d{1,4}\s+)?(?:if|elseif|while|for)\b.*\b(?:then|do)$|^(?:\d{1,4}\s+)?function\s+[\w.:]+\s*\(|[\p{L}.}]%(?:\s|$)|\b[A-Za-z_]\w*[._][A-Za-z_]\w*\(|==|=>|->|::|&&|\|\||:=|^=\s|\b[a-z][a-z.]*\$$|\b[a-z][a-z.]*\$\s.*\b[a-z][a-z.]*\$|^(?:if|elseif|while|for)\b.*\b(?:then|do)\s+--\s|^elseif\s|(?<![\\\w])[a-z]+,[a-z]+\b|""\.\.|\.\.""|(?:^|\s)--?[A-Za-z][\w-]*\s(?:.*\s)?--?[A-Za-z][\w-]*(?:\s|$)")]
    internal static partial Regex CodeSign();

    /// <summary>The alternatives of <see cref="CodeSign"/> that need none of the characters <see cref="MayHaveSymbolSign"/> looks for, copied as they are there.</summary>
    [GeneratedRegex(@"^(?:\d{1,4}\s+)?(?:end|else|fi|done)$|^(?:\d{1,4}\s+)?(?:if|elseif|while|for)\b.*\b(?:then|do)$|^elseif\s")]
    private static partial Regex KeywordLine();
}
