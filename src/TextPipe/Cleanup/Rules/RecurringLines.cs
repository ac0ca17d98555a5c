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
        // Counted by the hashes of the lines' texts, sorted: 8 bytes a line, where a dictionary of line indexes compared
        // in place took 20 (and a string per distinct line before it, a copy of the document's text). Lines that share a
        // hash only by chance are told apart below, where the neighbours are gathered by the text itself.
        var hashes = new List<ulong>(count);
        for (int i = 0; i < count; i++)
        {
            var text = line(i).Trim();
            if (CountLettersAndDigits(text) >= MinLettersAndDigits)
            {
                hashes.Add(TextHash64.Of(text));
            }
        }
        var sorted = CollectionsMarshal.AsSpan(hashes);
        sorted.Sort();
        var recurring = new HashSet<ulong>();
        for (int run = 0; run < sorted.Length;)
        {
            int end = run + 1;
            while (end < sorted.Length && sorted[end] == sorted[run])
            {
                end++;
            }
            if (end - run >= Times)
            {
                recurring.Add(sorted[run]);
            }
            run = end;
        }
        if (recurring.Count == 0)
        {
            return new RecurringLines([]);
        }

        var neighbours = new Dictionary<string, (HashSet<string> Before, HashSet<string> After, int Seen)>(StringComparer.Ordinal);
        var byText = neighbours.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < count; i++)
        {
            // Only the lines whose hash recurs are looked at again, and most lines' do not: their hash is the whole cost.
            var text = line(i).Trim();
            if (!recurring.Contains(TextHash64.Of(text)) || CountLettersAndDigits(text) < MinLettersAndDigits)
            {
                continue;
            }
            if (!byText.TryGetValue(text, out var around))
            {
                around = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal), 0);
            }
            around.Before.Add(i > 0 ? LastWord(line(i - 1)) : "");
            around.After.Add(i + 1 < count ? FirstWord(line(i + 1)) : "");
            byText[text] = around with { Seen = around.Seen + 1 };
        }
        return new RecurringLines([.. neighbours.Where(n => n.Value.Seen >= Times && n.Value.Before.Count > 1 && n.Value.After.Count > 1).Select(n => n.Key)]);
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
}
