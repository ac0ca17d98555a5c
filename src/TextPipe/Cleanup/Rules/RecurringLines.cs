using System.Runtime.InteropServices;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Lines that occur word for word at least <see cref="Times"/> times in a document amid different text each time:
/// running headers and footers a PDF reader left between the pages (<c>1008 preliminary draft, September 24, 2008
/// 20:26</c>, <c>2003-2009 CTEX.ORG</c>). Such a line is never joined to the lines around it: what stands next to it
/// is a page break, not its sentence. A sentence the author wrote three times over wraps the same way each time, so
/// a repeated line whose next lines all start with the same word, or whose previous lines all end with the same
/// word, is prose and is judged like any other.
/// </summary>
internal sealed class RecurringLines
{
    public const int Times = 3;

    /// <summary>Shorter lines (a lone "E" of a torn logo, a page number, "cas :") are judged by their shape elsewhere.</summary>
    private const int MinLettersAndDigits = 5;

    private readonly HashSet<string> furniture;

    private RecurringLines(HashSet<string> furniture) => this.furniture = furniture;

    /// <summary>The text of line <paramref name="index"/> of the document, read in place.</summary>
    public delegate ReadOnlySpan<char> LineText(int index);

    /// <summary>
    /// Counts lines first and gathers the words around only the few that occur <see cref="Times"/> times or more:
    /// the rule runs on every pass over documents of millions of lines, and most lines occur once.
    /// </summary>
    /// <param name="count">The number of lines in the document, empty ones included.</param>
    /// <param name="line">Each line's text, in order.</param>
    public static RecurringLines Find(int count, LineText line)
    {
        // Counted by the index of each text's first line, compared in place: a string per distinct line was a copy of
        // the document's text, made on every pass of the rule, and most lines occur once.
        var counts = new Dictionary<int, int>(count, new SameLineText(line));
        for (int i = 0; i < count; i++)
        {
            if (CountLettersAndDigits(line(i).Trim()) >= MinLettersAndDigits)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, i, out _)++;
            }
        }

        var neighbours = new Dictionary<string, (HashSet<string> Before, HashSet<string> After)>(StringComparer.Ordinal);
        foreach (var (first, seen) in counts)
        {
            if (seen >= Times)
            {
                neighbours[line(first).Trim().ToString()] = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            }
        }
        if (neighbours.Count == 0)
        {
            return new RecurringLines([]);
        }
        var candidates = neighbours.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < count; i++)
        {
            if (candidates.TryGetValue(line(i).Trim(), out var around))
            {
                around.Before.Add(i > 0 ? LastWord(line(i - 1)) : "");
                around.After.Add(i + 1 < count ? FirstWord(line(i + 1)) : "");
            }
        }
        return new RecurringLines([.. neighbours.Where(n => n.Value.Before.Count > 1 && n.Value.After.Count > 1).Select(n => n.Key)]);
    }

    public bool Contains(ReadOnlySpan<char> line) =>
        furniture.Count > 0 && furniture.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line.Trim());

    private static string FirstWord(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        int space = trimmed.IndexOf(' ');
        return (space < 0 ? trimmed : trimmed[..space]).ToString();
    }

    private static string LastWord(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim();
        int space = trimmed.LastIndexOf(' ');
        return (space < 0 ? trimmed : trimmed[(space + 1)..]).ToString();
    }

    private static int CountLettersAndDigits(ReadOnlySpan<char> text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>Line indexes compared by the trimmed text of their lines.</summary>
    private sealed class SameLineText(LineText line) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => line(x).Trim().SequenceEqual(line(y).Trim());

        public int GetHashCode(int obj) => string.GetHashCode(line(obj).Trim());
    }
}
