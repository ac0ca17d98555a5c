using TextPipe.Text;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Tells a line that carries on a sentence from the lines around it — hard-wrapped prose — from a line that
/// stands alone. Furniture (a caption, a byline, a credit, a counter) stands alone; a line that continues a
/// sentence is never one, whatever words it starts with ("…the full transition plan defined / below: if a
/// new package is used…").
/// </summary>
internal static class ProseContinuation
{
    /// <summary>A Latin line this long that stops mid-sentence is a wrapped line, not a title (titles are short).</summary>
    private const int MinWrappedLatinChars = 40;

    /// <summary>
    /// True when line <paramref name="index"/> of the block continues a sentence: the line before it in the
    /// block has no sentence end and either this line starts with a lowercase letter or that line stops
    /// mid-sentence at wrap width; or, when <paramref name="alone"/> (the verdict covers this line only), this
    /// line has no sentence end and the next one starts in lowercase.
    /// </summary>
    public static bool Continues(string text, List<(int Start, int End)> lines, int index, bool alone)
    {
        string line = Line(text, lines, index);
        if (index > 0)
        {
            string previous = Line(text, lines, index - 1);
            if (previous.Length > 0 && !EndsSentence(previous) && (StartsLowercase(line) || StopsMidSentence(previous, text, lines)))
            {
                return true;
            }
        }
        return alone && index + 1 < lines.Count && !EndsSentence(line) && StartsLowercase(Line(text, lines, index + 1));
    }

    public static bool EndsSentence(string line)
    {
        string t = line.TrimEnd();
        return t.Length > 0 && t[^1] is '。' or '！' or '？' or '.' or '!' or '?' or '…' or '”' or '」' or '）' or ')' or '»' or '"';
    }

    private static string Line(string text, List<(int Start, int End)> lines, int index) =>
        text[lines[index].Start..lines[index].End].Trim();

    private static bool StartsLowercase(string line)
    {
        foreach (char c in line)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
            if (!char.IsPunctuation(c) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A line that runs on into the next: Latin prose of wrap width ending in a lowercase word, a digit or a
    /// comma; Chinese ending on a comma or enumeration mark, or on a letter when it is as wide as the
    /// block's widest line (a newspaper column).
    /// </summary>
    private static bool StopsMidSentence(string previous, string text, List<(int Start, int End)> lines)
    {
        char last = previous[^1];
        if (last is '，' or '、' or '；' or '：' or '—')
        {
            return true;
        }
        if (Scripts.IsCjkLetter(last))
        {
            int widest = lines.Max(l => text.AsSpan(l.Start, l.End - l.Start).Trim().Length);
            return lines.Count >= 3 && previous.Length * 10 >= widest * 9;
        }
        bool runsOn = char.IsLower(last) || char.IsDigit(last) || last is ',' or ';' or '-';
        return runsOn && previous.Length >= MinWrappedLatinChars;
    }
}
