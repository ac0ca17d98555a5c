using System.Text;
using System.Text.RegularExpressions;

namespace TextPipe.Readers.Pdf;

/// <summary>
/// Finds running headers, footers and page numbers: short paragraphs at the top or bottom edge of a page whose
/// text, with numbers masked, recurs in the same band on another page ("— 第 2 页 · Page 2 —" and
/// "— 第 3 页 · Page 3 —" are one furniture), and, even on a single page, an edge paragraph that is only a page
/// number ("3", "- 3 -", "Page 3 of 9", "第 3 页", "iv").
/// </summary>
internal static partial class FurnitureDetector
{
    /// <summary>Share of the page height, from the top or the bottom, where running headers and footers live.</summary>
    private const double BandShare = 0.2;

    /// <summary>Paragraphs considered at each edge: a header can be two lines (a title and a date), stacked.</summary>
    private const int PerEdge = 2;

    private const int MaxChars = 160;

    public static HashSet<PdfParagraph> Find(IReadOnlyList<PdfPageLayout> pages)
    {
        var furniture = new HashSet<PdfParagraph>(ReferenceEqualityComparer.Instance);
        var candidates = new List<(PdfParagraph Paragraph, string Key, int Page)>();
        foreach (var page in pages)
        {
            foreach (var (paragraph, band) in Outermost(page))
            {
                if (paragraph.Lines.Count > 2)
                {
                    continue;
                }
                string text = paragraph.Text;
                if (text.Length > MaxChars)
                {
                    continue;
                }
                if (PageNumber().IsMatch(text))
                {
                    furniture.Add(paragraph);
                    continue;
                }
                candidates.Add((paragraph, band + Mask(text), page.Number));
            }
        }
        foreach (var group in candidates.GroupBy(c => c.Key, StringComparer.Ordinal))
        {
            if (group.Select(c => c.Page).Distinct().Count() >= 2)
            {
                foreach (var candidate in group)
                {
                    furniture.Add(candidate.Paragraph);
                }
            }
        }
        return furniture;
    }

    /// <summary>
    /// The paragraphs nearest the top edge ('t') and the bottom edge ('b'), up to <see cref="PerEdge"/> each, that
    /// lie in the outer <see cref="BandShare"/> of the page: where running headers, footers and folios are.
    /// </summary>
    private static IEnumerable<(PdfParagraph Paragraph, char Band)> Outermost(PdfPageLayout page)
    {
        double band = BandShare * page.Height;
        var seen = new HashSet<PdfParagraph>(ReferenceEqualityComparer.Instance);
        foreach (var paragraph in page.Paragraphs.OrderByDescending(p => p.Top).Take(PerEdge))
        {
            if (paragraph.Bottom >= page.Top - band && seen.Add(paragraph))
            {
                yield return (paragraph, 't');
            }
        }
        foreach (var paragraph in page.Paragraphs.OrderBy(p => p.Bottom).Take(PerEdge))
        {
            if (paragraph.Top <= page.Bottom + band && seen.Add(paragraph))
            {
                yield return (paragraph, 'b');
            }
        }
    }

    /// <summary>Text with digit runs and whitespace masked, case folded: what repeats from page to page.</summary>
    private static string Mask(string text)
    {
        var key = new StringBuilder(text.Length);
        bool inNumber = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            if (char.IsDigit(c))
            {
                if (!inNumber)
                {
                    key.Append('#');
                }
                inNumber = true;
                continue;
            }
            inNumber = false;
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    [GeneratedRegex(@"^[\s\p{P}\p{S}]*(?:(?:page|p\.|seite|第)\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:/|of|de|sur|von|页|頁)\s*\d{0,4})?\s*(?:页|頁)?[\s\p{P}\p{S}]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
