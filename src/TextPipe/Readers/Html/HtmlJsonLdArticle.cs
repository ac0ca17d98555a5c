using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using TextPipe.Documents;

namespace TextPipe.Readers.Html;

/// <summary>
/// The article's text as the page states it in its schema.org JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>,
/// property <c>articleBody</c>), for pages that render the article with script and leave the HTML an empty frame.
/// Used only when it holds several times the text the HTML gave: the HTML's own reading is kept otherwise, since
/// many pages put a teaser or a truncated body there. What the HTML gave is kept as page furniture.
/// </summary>
internal static class HtmlJsonLdArticle
{
    private const string Marker = "ld+json";

    /// <summary>A JSON-LD block larger than this is not read (a page's whole state dumped as JSON, not a description).</summary>
    private const int MaxScriptChars = 2 * 1024 * 1024;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>
    /// Replaces the walk's content by the JSON-LD article body when that holds at least <see cref="HtmlShortExtraction.BetterFactor"/>
    /// times as much text (and is long enough to be an article); returns the walk unchanged otherwise.
    /// </summary>
    public static HtmlWalk PreferWhenLonger(HtmlWalk walk, string markup)
    {
        string? body = LongestArticleBody(markup);
        if (body is null)
        {
            return walk;
        }
        var paragraphs = Paragraphs(body);
        int chars = paragraphs.Sum(p => p.Count(c => !char.IsWhiteSpace(c)));
        if (chars < HtmlShortExtraction.MinContentChars || chars < HtmlShortExtraction.BetterFactor * HtmlShortExtraction.ContentChars(walk))
        {
            return walk;
        }
        var blocks = ImmutableArray.CreateBuilder<Block>();
        int insertAt = -1;
        foreach (var block in walk.Blocks)
        {
            if (block.IsContent && insertAt < 0)
            {
                insertAt = blocks.Count;
            }
            blocks.Add(block.IsContent ? new Block(BlockKind.PageFurniture, block.Text) : block);
        }
        blocks.InsertRange(insertAt < 0 ? blocks.Count : insertAt, paragraphs.Select(p => new Block(BlockKind.Paragraph, p)));
        return walk with { Blocks = blocks.ToImmutable() };
    }

    /// <summary>The longest plain-text <c>articleBody</c> of the page's JSON-LD blocks, or null.</summary>
    internal static string? LongestArticleBody(string markup)
    {
        string? longest = null;
        int at = 0;
        while ((at = markup.IndexOf(Marker, at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int tagStart = markup.LastIndexOf('<', at);
            int tagEnd = markup.IndexOf('>', at);
            if (tagStart < 0 || tagEnd < 0 || string.Compare(markup, tagStart, "<script", 0, 7, StringComparison.OrdinalIgnoreCase) != 0)
            {
                at += Marker.Length;
                continue;
            }
            int close = markup.IndexOf("</script", tagEnd, StringComparison.OrdinalIgnoreCase);
            if (close < 0)
            {
                break;
            }
            at = close;
            if (close - tagEnd - 1 > MaxScriptChars)
            {
                continue;
            }
            foreach (string body in ArticleBodies(markup.AsMemory(tagEnd + 1, close - tagEnd - 1)))
            {
                if (longest is null || body.Length > longest.Length)
                {
                    longest = body;
                }
            }
        }
        return longest;
    }

    private static List<string> ArticleBodies(ReadOnlyMemory<char> json)
    {
        var found = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(json, JsonOptions);
            Collect(document.RootElement, found, depth: 0);
        }
        catch (JsonException)
        {
            // A malformed block describes nothing we can use; the HTML's reading stands.
        }
        return found;
    }

    private static void Collect(JsonElement element, List<string> found, int depth)
    {
        if (depth > JsonOptions.MaxDepth)
        {
            return;
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("articleBody") && property.Value.ValueKind == JsonValueKind.String)
                    {
                        string text = property.Value.GetString()!;
                        if (!LooksLikeMarkup(text))
                        {
                            found.Add(text);
                        }
                    }
                    else
                    {
                        Collect(property.Value, found, depth + 1);
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found, depth + 1);
                }
                break;
        }
    }

    /// <summary>An article body holding tags is HTML, not text: the reader does not parse it a second time.</summary>
    private static bool LooksLikeMarkup(string text)
    {
        for (int i = text.IndexOf('<'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            if (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The body's paragraphs: its lines, entities decoded, spaces collapsed, blank lines left out.</summary>
    private static List<string> Paragraphs(string body) =>
        WebUtility.HtmlDecode(body).Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0)
            .ToList();
}
