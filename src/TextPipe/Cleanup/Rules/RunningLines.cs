using TextPipe.Documents;

namespace TextPipe.Cleanup.Rules;

/// <summary>
/// Running headers and footers the reader did not mark as page furniture: a paragraph that opens or closes
/// page after page with the same text. Certain when it does so on at least half the pages (and three or
/// more); the same words with other numbers ("Annual report · 14", but also "Question 3") on a quarter of
/// the pages are only suspicious. A line that recurs in the middle of
/// pages — a quotation's attribution, a salutation, a section label — is content, however often it comes.
/// </summary>
internal static class RunningLines
{
    /// <summary>Documents with fewer pages have no running furniture to speak of.</summary>
    public const int MinPages = 4;

    private const int MinOccurrences = 3;

    /// <summary>Furniture is short; a long paragraph at the top of many pages is not a header.</summary>
    private const int MaxChars = 100;

    /// <summary>Edge blocks whose text runs over many pages, each with how many pages carry it.</summary>
    public static List<(int Block, RepeatAction Action, int Pages, int PageCount)> Find(IReadOnlyList<CleanBlock> blocks)
    {
        var found = new List<(int, RepeatAction, int, int)>();
        int pageCount = blocks.Select(b => b.Source.Page).Where(p => p is not null).Distinct().Count();
        if (pageCount < MinPages)
        {
            return found;
        }
        var edges = EdgeBlocks(blocks);
        var exactPages = PagesByKey(blocks, edges, masked: false);
        var maskedPages = PagesByKey(blocks, edges, masked: true);
        foreach (var (block, _) in edges)
        {
            string text = blocks[block].Text;
            int exact = exactPages.GetValueOrDefault(Key(text, masked: false))?.Count ?? 0;
            int masked = maskedPages.GetValueOrDefault(Key(text, masked: true))?.Count ?? 0;
            if (exact >= MinOccurrences && exact * 2 >= pageCount)
            {
                found.Add((block, RepeatAction.Remove, exact, pageCount));
            }
            else if (masked >= MinOccurrences && masked * 4 >= pageCount)
            {
                // Same words, other numbers ("Question 3", "Report · 14"): a header with a page number, or
                // one item per page. Not sure which.
                found.Add((block, RepeatAction.Flag, masked, pageCount));
            }
        }
        return found;
    }

    private static Dictionary<string, HashSet<int>> PagesByKey(IReadOnlyList<CleanBlock> blocks, List<(int Block, int Page)> edges, bool masked)
    {
        var pagesByKey = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var (block, page) in edges)
        {
            string key = Key(blocks[block].Text, masked);
            if (key.Length == 0)
            {
                continue;
            }
            if (!pagesByKey.TryGetValue(key, out var pages))
            {
                pagesByKey[key] = pages = [];
            }
            pages.Add(page);
        }
        pagesByKey.Remove("");
        return pagesByKey;
    }

    /// <summary>The first and last content block of every page, when it is a paragraph (headings are kept whatever they repeat).</summary>
    private static List<(int Block, int Page)> EdgeBlocks(IReadOnlyList<CleanBlock> blocks)
    {
        var edges = new SortedDictionary<int, (int Block, int Page)>();
        for (int b = 0; b < blocks.Count; b++)
        {
            if (blocks[b].Source.Page is not int page)
            {
                continue;
            }
            bool first = b == 0 || blocks[b - 1].Source.Page != page;
            bool last = b == blocks.Count - 1 || blocks[b + 1].Source.Page != page;
            if ((first || last) && blocks[b].Kind == BlockKind.Paragraph)
            {
                edges[b] = (b, page);
            }
        }
        return [.. edges.Values];
    }

    /// <summary>Whitespace-normalised text; masked, every digit run becomes one '0' so page numbers do not tell lines apart.</summary>
    private static string Key(string text, bool masked)
    {
        string normal = RepeatUnits.Normalise(text);
        if (normal.Length > MaxChars || RepeatUnits.Weight(normal) == 0)
        {
            return "";
        }
        if (!masked)
        {
            return normal;
        }
        var key = new System.Text.StringBuilder(normal.Length);
        for (int i = 0; i < normal.Length; i++)
        {
            if (char.IsAsciiDigit(normal[i]))
            {
                if (i == 0 || !char.IsAsciiDigit(normal[i - 1]))
                {
                    key.Append('0');
                }
                continue;
            }
            key.Append(normal[i]);
        }
        return key.ToString();
    }
}
