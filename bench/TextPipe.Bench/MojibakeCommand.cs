using System.Collections.Immutable;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using TextPipe.Cleanup;
using TextPipe.Documents;

namespace TextPipe.Bench;

/// <summary>
/// Runs cleanup rules (by default the <c>mojibake</c> rule alone) on each case of ftfy's mojibake suite and
/// writes <c>{"id","fixed"}</c> lines for <c>score.py</c>. Each case's <c>original</c> is one block, so the
/// text (blank lines included) comes back exactly apart from the rules' edits.
/// </summary>
internal sealed class MojibakeCommand : IBenchCommand
{
    public string Name => "mojibake";

    public string Usage => "mojibake CASES.jsonl PREDICTIONS.jsonl [--rules id,id...]   (default rules: mojibake)";

    public int Run(IReadOnlyList<string> args)
    {
        if (args.Count is not (2 or 4) || (args.Count == 4 && args[2] != "--rules"))
        {
            Console.Error.WriteLine($"usage: {Usage}");
            return 2;
        }
        var catalog = DefaultRules.CreateCatalog();
        string ruleSpec = args.Count == 4 ? args[3] : "mojibake";
        CleanupOptions options;
        try
        {
            options = catalog.Resolve("default", ruleSpec);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var rules = catalog.Enabled(options).ToList();
        string? folder = Path.GetDirectoryName(Path.GetFullPath(args[1]));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        int cases = 0;
        int changed = 0;
        var clock = Stopwatch.StartNew();
        using var output = new StreamWriter(args[1]);
        foreach (string line in File.ReadLines(args[0]))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var item = JsonNode.Parse(line)!;
            string id = (string)item["id"]!;
            string original = (string)item["original"]!;
            string fixedText = Clean(original, rules, options);
            cases++;
            changed += fixedText == original ? 0 : 1;
            output.WriteLine(JsonSerializer.Serialize(new JsonObject { ["id"] = id, ["fixed"] = fixedText }));
        }
        Console.Error.WriteLine($"{cases} cases, {changed} changed, rules: {string.Join(",", rules.Select(r => r.Descriptor.Id))}, {clock.ElapsedMilliseconds} ms");
        return 0;
    }

    private static string Clean(string text, List<ICleanupRule> rules, CleanupOptions options)
    {
        var document = new Document(new DocumentMetadata { Source = "bench", Format = "text" }, [new Block(BlockKind.Paragraph, text)])
        {
            Id = "bench",
        };
        var context = new CleanupContext(document, options);
        foreach (var rule in rules)
        {
            context.Run(rule);
        }
        return context.ToDocument().Text;
    }
}
