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

    /// <param name="lines">Every line of the document in order, empty ones included.</param>
    public static RecurringLines Find(IReadOnlyList<string> lines)
    {
        var seen = new Dictionary<string, (int Count, HashSet<string> Before, HashSet<string> After)>(StringComparer.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            string key = lines[i].Trim();
            if (CountLettersAndDigits(key) < MinLettersAndDigits)
            {
                continue;
            }
            if (!seen.TryGetValue(key, out var entry))
            {
                entry = (0, new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            }
            entry.Before.Add(i > 0 ? LastWord(lines[i - 1]) : "");
            entry.After.Add(i + 1 < lines.Count ? FirstWord(lines[i + 1]) : "");
            seen[key] = (entry.Count + 1, entry.Before, entry.After);
        }
        return new RecurringLines([.. seen.Where(s => s.Value.Count >= Times && s.Value.Before.Count > 1 && s.Value.After.Count > 1).Select(s => s.Key)]);
    }

    public bool Contains(ReadOnlySpan<char> line) =>
        furniture.Count > 0 && furniture.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line.Trim());

    private static string FirstWord(string line)
    {
        string trimmed = line.Trim();
        int space = trimmed.IndexOf(' ');
        return space < 0 ? trimmed : trimmed[..space];
    }

    private static string LastWord(string line)
    {
        string trimmed = line.Trim();
        int space = trimmed.LastIndexOf(' ');
        return space < 0 ? trimmed : trimmed[(space + 1)..];
    }

    private static int CountLettersAndDigits(string text)
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
