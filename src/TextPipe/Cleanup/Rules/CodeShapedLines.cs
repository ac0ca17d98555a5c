namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Lines that look like code to the punctuation and spacing rules: a TeX command (a backslash before a letter,
/// <c>\newcommand</c>, <c>\__pkg_name:n</c>), a brace, or a name with an angle-bracket argument (<c>Map&lt;K, V&gt;</c>). PDF manuals of TeX packages print code and its Chinese
/// description on one line (<c>\__pkg_check:n 检查编码</c>), and a comma or colon there belongs to the syntax,
/// so these rules leave the whole line as written rather than guess where the code ends.
/// </summary>
internal static class CodeShapedLines
{
    /// <summary>True when the line holding <paramref name="index"/> has a TeX command or a brace in it.</summary>
    public static bool Contains(string text, int index)
    {
        int start = index <= 0 ? 0 : text.LastIndexOf('\n', Math.Min(index, text.Length) - 1) + 1;
        int end = text.IndexOf('\n', Math.Min(index, text.Length));
        if (end < 0)
        {
            end = text.Length;
        }
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is '{' or '}')
            {
                return true;
            }
            if (c == '\\' && i + 1 < end && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '_' or '@'))
            {
                return true;
            }
            // A name with an angle-bracket argument (List<String>, cmd<big5>) is code, not a comparison.
            if (c == '<' && i > start && char.IsAsciiLetterOrDigit(text[i - 1]) && text.IndexOf('>', i + 1, end - i - 1) > i + 1)
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>
/// <see cref="CodeShapedLines.Contains"/> for positions visited in increasing order, looking at each line once:
/// a long line with many marks would otherwise be scanned once per mark.
/// </summary>
internal sealed class CodeShapedLineCursor(string text)
{
    private int lineEnd = -1;
    private bool code;

    public bool IsCode(int index)
    {
        if (index > lineEnd)
        {
            code = CodeShapedLines.Contains(text, index);
            lineEnd = text.IndexOf('\n', index);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }
        }
        return code;
    }
}
