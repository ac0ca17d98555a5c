using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TextPipe.Bench.WebExtract;

/// <summary>
/// Loads the pages of a web-extraction dataset laid out as its authors publish it (fetched into a folder, not
/// committed): the ScrapingHub article-extraction benchmark (<c>ground-truth.json</c> + <c>html/KEY.html.gz</c>), or
/// Mozilla Readability's test pages (<c>*/source.html</c> + <c>expected.html</c> + <c>expected-metadata.json</c>).
/// </summary>
internal static class WebDatasets
{
    public const string ScrapingHub = "scrapinghub";
    public const string Readability = "readability";

    public static IReadOnlyList<WebPage> Load(string folder, string format) => format switch
    {
        ScrapingHub => LoadScrapingHub(folder),
        Readability => LoadReadability(folder),
        _ => throw new ArgumentException($"unknown dataset format '{format}' (scrapinghub or readability)"),
    };

    private static List<WebPage> LoadScrapingHub(string folder)
    {
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "ground-truth.json")));
        var pages = new List<WebPage>();
        foreach (var entry in truth.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            string body = entry.Value.TryGetProperty("articleBody", out var value) ? value.GetString() ?? "" : "";
            pages.Add(new WebPage(entry.Name, Path.Combine(folder, "html", entry.Name + ".html.gz"), body, Lang: null));
        }
        return pages;
    }

    private static List<WebPage> LoadReadability(string folder)
    {
        // Accept the repository root as well as its test/test-pages folder.
        string pagesFolder = Directory.Exists(Path.Combine(folder, "test", "test-pages")) ? Path.Combine(folder, "test", "test-pages") : folder;
        var parser = new HtmlParser();
        var pages = new List<WebPage>();
        foreach (string dir in Directory.EnumerateDirectories(pagesFolder).Order(StringComparer.Ordinal))
        {
            string source = Path.Combine(dir, "source.html");
            string expected = Path.Combine(dir, "expected.html");
            if (!File.Exists(source) || !File.Exists(expected))
            {
                continue;
            }
            using var document = parser.ParseDocument(File.ReadAllText(expected));
            pages.Add(new WebPage(Path.GetFileName(dir), source, VisibleText(document.DocumentElement), DeclaredLang(Path.Combine(dir, "expected-metadata.json"))));
        }
        return pages;
    }

    /// <summary>Inline elements: their text runs on with the text around them.</summary>
    private static readonly HashSet<string> InlineElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "font",
    };

    /// <summary>The text of an expected article, with a line break where a block starts or ends so words of two blocks never fuse.</summary>
    private static string VisibleText(IElement root)
    {
        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }
            if (node is not IElement element || element.LocalName is "script" or "style" or "head")
            {
                continue;
            }
            bool block = !InlineElements.Contains(element.LocalName);
            if (block)
            {
                text.Append('\n');
            }
            if (!exit)
            {
                stack.Push((element, true));
                for (int i = element.ChildNodes.Length - 1; i >= 0; i--)
                {
                    stack.Push((element.ChildNodes[i], false));
                }
            }
        }
        return text.ToString();
    }

    /// <summary>The base language of the page's metadata (<c>en-US</c> → <c>en</c>), or null.</summary>
    private static string? DeclaredLang(string metadataPath)
    {
        if (!File.Exists(metadataPath))
        {
            return null;
        }
        using var metadata = JsonDocument.Parse(File.ReadAllBytes(metadataPath));
        if (!metadata.RootElement.TryGetProperty("lang", out var lang) || lang.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        string code = lang.GetString()!.Trim();
        int dash = code.IndexOfAny(['-', '_']);
        return (dash > 0 ? code[..dash] : code).ToLowerInvariant();
    }
}
