using System.Text;

namespace TextPipe.Bench;

/// <summary>
/// One TSV cell holding any text: backslash, tab, line breaks and other control characters are escaped
/// (<c>\\</c>, <c>\t</c>, <c>\n</c>, <c>\r</c>, <c>\uXXXX</c>) so a cell stays on its line, and unescaped back exactly.
/// </summary>
internal static class TsvText
{
    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    public static string Unescape(string cell)
    {
        var text = new StringBuilder(cell.Length);
        for (int i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\' || i + 1 == cell.Length)
            {
                text.Append(cell[i]);
                continue;
            }
            char next = cell[++i];
            switch (next)
            {
                case 't': text.Append('\t'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 'u' when i + 4 < cell.Length:
                    text.Append((char)Convert.ToInt32(cell.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: text.Append(next); break;
            }
        }
        return text.ToString();
    }
}
