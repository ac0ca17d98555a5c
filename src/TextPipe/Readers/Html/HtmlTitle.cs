using System.Text;

namespace TextPipe.Readers.Html;

/// <summary>
/// A page title as a reader wants it: without the site name pages append or prepend ("Harbour reopens | The
/// Coastal Times", "Reuters - Harbour reopens"), and in a normal form for comparing it with the page's headings.
/// </summary>
internal static class HtmlTitle
{
    /// <summary>Separators between a headline and a site name, spaces included (so "Spider-Man" or "10–12" are not cut).</summary>
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " ｜ "];

    /// <summary>A trailing part this short (in words) and shorter than the rest is a site name.</summary>
    private const int MaxSiteNameWords = 4;

    /// <summary>
    /// <paramref name="title"/> without the site name: the declared one (<c>og:site_name</c>) at either end, else a
    /// short last part after a separator when the rest is longer in characters (a headline is longer than the name of its site).
    /// </summary>
    public static string WithoutSiteName(string title, string? siteName)
    {
        string wantedSite = Normalise(siteName);
        foreach (string separator in Separators)
        {
            int last = title.LastIndexOf(separator, StringComparison.Ordinal);
            int first = title.IndexOf(separator, StringComparison.Ordinal);
            if (last < 0)
            {
                continue;
            }
            string head = title[..last].Trim();
            string tail = title[(last + separator.Length)..].Trim();
            if (wantedSite.Length > 0 && Normalise(tail) == wantedSite && head.Length > 0)
            {
                return head;
            }
            string lead = title[..first].Trim();
            string rest = title[(first + separator.Length)..].Trim();
            if (wantedSite.Length > 0 && Normalise(lead) == wantedSite && rest.Length > 0)
            {
                return rest;
            }
            int tailWords = WordCount(tail);
            if (wantedSite.Length == 0 && tailWords > 0 && tailWords <= MaxSiteNameWords && tail.Length < head.Length)
            {
                return head;
            }
        }
        return title;
    }

    /// <summary>Lower-case letters and digits, runs of anything else one space: "Só quem se Ama…" and "só quem se ama..." compare equal.</summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var normal = new StringBuilder(text.Length);
        bool gap = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && normal.Length > 0)
                {
                    normal.Append(' ');
                }
                normal.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }
        return normal.ToString();
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
