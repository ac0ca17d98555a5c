using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace TextPipe.Bench.WebExtract;

/// <summary>One page of trafilatura's evaluation set: its URL, the HTML file, snippets its main text must hold and snippets it must not.</summary>
internal sealed record SnippetPage(string Url, string HtmlPath, IReadOnlyList<string> MustKeep, IReadOnlyList<string> MustGo);

/// <summary>
/// Loads trafilatura's evaluation set as its repository lays it out (fetched into a folder, never committed):
/// <c>tests/evaldata.json</c> maps each URL to <c>{file, with, without}</c>; the HTML is looked up in
/// <c>tests/cache</c> first and then <c>tests/eval</c>, as their evaluation script does. Pages come in URL order.
/// </summary>
internal static class SnippetDataset
{
    public const string Format = "trafilatura";

    /// <summary>Where their script looks for a page's HTML, in its order.</summary>
    private static readonly string[] LookupFolders = ["cache", "eval"];

    public static IReadOnlyList<SnippetPage> Load(string folder)
    {
        // Accept the repository root as well as its tests folder.
        string tests = File.Exists(Path.Combine(folder, "tests", "evaldata.json")) ? Path.Combine(folder, "tests") : folder;
        using var data = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(tests, "evaldata.json")));
        var pages = new List<SnippetPage>();
        foreach (var entry in data.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            string file = entry.Value.GetProperty("file").GetString()!;
            string path = LookupFolders.Select(dir => Path.Combine(tests, dir, file)).FirstOrDefault(File.Exists)
                ?? throw new FileNotFoundException($"{entry.Name}: HTML file not found: {file}");
            pages.Add(new SnippetPage(entry.Name, path, Strings(entry.Value, "with"), Strings(entry.Value, "without")));
        }
        return pages;
    }

    private static List<string> Strings(JsonElement item, string name) =>
        item.GetProperty(name).EnumerateArray().Select(s => s.GetString()!).ToList();
}

/// <summary>
/// A fixed half of a dataset, chosen by a stable hash of each page's key (its URL): the page is in the dev half
/// when the first byte of the SHA-256 of the key's UTF-8 bytes is even, else in the test half. The same key always
/// falls in the same half, whatever else the dataset holds, so the halves stay put as the set grows.
/// </summary>
internal static class DatasetSplit
{
    public const string Dev = "dev";
    public const string Test = "test";

    public static bool IsIn(string split, string key) => split switch
    {
        Dev => IsDev(key),
        Test => !IsDev(key),
        _ => throw new ArgumentException($"unknown split '{split}' (dev or test)"),
    };

    private static bool IsDev(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key))[0] % 2 == 0;
}
