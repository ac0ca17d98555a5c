using System.Text;

namespace TextPipe.Tests.Golden;

/// <summary>
/// A readable line diff for golden-file failures: changed lines only, with a few lines of context, and for a
/// changed pair of long lines (JSONL records) a window around the first differing character.
/// </summary>
public static class LineDiff
{
    private const int Context = 1;
    private const int Window = 60;

    public static string Render(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var ops = Diff(a, b);
        var text = new StringBuilder();
        for (int k = 0; k < ops.Count; k++)
        {
            var (kind, line) = ops[k];
            bool nearChange = Enumerable.Range(Math.Max(0, k - Context), Math.Min(ops.Count, k + Context + 1) - Math.Max(0, k - Context))
                .Any(j => ops[j].Kind != ' ');
            if (kind == ' ' && !nearChange)
            {
                continue;
            }
            if (kind == '-' && k + 1 < ops.Count && ops[k + 1].Kind == '+')
            {
                var (before, after) = Focus(line, ops[k + 1].Line);
                text.Append("- ").AppendLine(before);
                text.Append("+ ").AppendLine(after);
                k++;
                continue;
            }
            text.Append(kind).Append(' ').AppendLine(Shorten(line));
        }
        return text.ToString();
    }

    /// <summary>Longest-common-subsequence line diff: fine for the sizes golden files have.</summary>
    private static List<(char Kind, string Line)> Diff(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var ops = new List<(char, string)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                ops.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                // Removals before additions, so a changed line shows as "- old" then "+ new".
                ops.Add(('-', a[x++]));
            }
            else
            {
                ops.Add(('+', b[y++]));
            }
        }
        return ops;
    }

    private static (string Before, string After) Focus(string before, string after)
    {
        int first = 0;
        while (first < before.Length && first < after.Length && before[first] == after[first])
        {
            first++;
        }
        int start = Math.Max(0, first - (Window / 2));
        string Cut(string s) => (start > 0 ? "…" : "") + s[start..Math.Min(s.Length, start + Window)] + (start + Window < s.Length ? "…" : "");
        return ($"{Cut(before)}   (first difference at column {first + 1})", Cut(after));
    }

    private static string Shorten(string line) => line.Length <= Window * 2 ? line : line[..(Window * 2)] + "…";
}
