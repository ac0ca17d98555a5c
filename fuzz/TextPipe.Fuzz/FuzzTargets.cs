using System.Collections.Immutable;
using System.Text;
using TextPipe.Cleanup;
using TextPipe.Documents;
using TextPipe.Readers;

namespace TextPipe.Fuzz;

/// <summary>
/// What each fuzz target does with one input. A clean refusal (<see cref="InputException"/>) is a pass; any other
/// exception escaping, a crash or a hang is a finding. The readers run through <see cref="DocumentLoader"/> as the CLI does.
/// </summary>
internal static class FuzzTargets
{
    // Built on first use, never in this class's static constructor: under afl-fuzz the instrumented library may not run
    // before SharpFuzz has mapped afl's coverage memory, and the target table is read before that.
    private static readonly Lazy<CleanupStage> DefaultCleanup = new(() =>
    {
        var catalog = DefaultRules.CreateCatalog();
        return new CleanupStage(catalog, catalog.Resolve("default", null));
    });

    /// <summary>Target name → (file extensions its seeds have, the action).</summary>
    public static readonly ImmutableSortedDictionary<string, Target> All = new Dictionary<string, Target>
    {
        ["text"] = new([".txt"], bytes => Load(bytes, "fuzz.txt", null)),
        ["markdown"] = new([".md"], bytes => Load(bytes, "fuzz.md", MarkdownReader.FormatId)),
        ["html"] = new([".html", ".htm"], bytes => Load(bytes, "fuzz.html", "html")),
        ["docx"] = new([".docx"], bytes => Load(bytes, "fuzz.docx", "docx")),
        ["pdf"] = new([".pdf"], bytes => Load(bytes, "fuzz.pdf", "pdf")),
        ["srt"] = new([".srt"], bytes => Load(bytes, "fuzz.srt", "srt")),
        ["vtt"] = new([".vtt"], bytes => Load(bytes, "fuzz.vtt", "vtt")),
        ["jsonl"] = new([".jsonl"], bytes => Rows(bytes, "fuzz.jsonl")),
        ["csv"] = new([".csv"], bytes => Rows(bytes, "fuzz.csv")),
        ["gzip"] = new([".gz"], bytes => Load(bytes, "fuzz.txt.gz", null)),
        ["zstd"] = new([".zst"], bytes => Load(bytes, "fuzz.txt.zst", null)),
        ["cleanup"] = new([".txt", ".md"], CleanupKeepsItsPromises),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static readonly Lazy<DocumentLoader> DetectingLoader = new(() => new DocumentLoader(ReaderOptions.Default));

    private static DocumentLoader Detecting => DetectingLoader.Value;

    private static CleanupStage Cleanup => DefaultCleanup.Value;

    private static readonly Dictionary<string, DocumentLoader> Forced = new(StringComparer.Ordinal);

    private static DocumentLoader LoaderFor(string? format)
    {
        if (format is null)
        {
            return Detecting;
        }
        lock (Forced)
        {
            if (!Forced.TryGetValue(format, out var loader))
            {
                Forced[format] = loader = new DocumentLoader(ReaderOptions.Default with { ForcedFormat = format });
            }
            return loader;
        }
    }

    private static void Load(byte[] bytes, string name, string? format)
    {
        try
        {
            LoaderFor(format).Load(bytes, SourceInfo.FromPath(name));
        }
        catch (InputException)
        {
            // a clear refusal: what a hostile input should get
        }
    }

    private static void Rows(byte[] bytes, string name)
    {
        try
        {
            foreach (var row in Detecting.ReadRows(new MemoryStream(bytes), SourceInfo.FromPath(name)))
            {
                try
                {
                    row.Read();
                }
                catch (InputException)
                {
                    // a bad row, reported with its line
                }
            }
        }
        catch (InputException)
        {
            // the dataset as a whole refused
        }
    }

    /// <summary>The README's promises of cleanup on any text: the reader's text comes back from the clean text and the edits, and a second cleanup changes nothing.</summary>
    private static void CleanupKeepsItsPromises(byte[] bytes)
    {
        string text = Encoding.UTF8.GetString(bytes).Replace("\r", "", StringComparison.Ordinal);
        var paragraphs = text.Split("\n\n").Select(p => p.Trim()).Where(p => p.Length > 0).Take(2000).ToArray();
        if (paragraphs.Length == 0)
        {
            return;
        }
        var blocks = paragraphs.Select(p => new Block(BlockKind.Paragraph, p)).ToImmutableArray();
        var input = new Document(new DocumentMetadata { Source = "fuzz", Format = "text" }, blocks) { Id = "fuzz" };
        var once = Cleanup.Process(input);
        if (EditReplay.Restore(once.Text, once.Edits) != input.Text)
        {
            throw new FuzzFinding("cleanup: the edits do not restore the input");
        }
        var twice = Cleanup.Process(once);
        if (twice.Edits.Skip(once.Edits.Length).Any(e => e.Action != EditAction.Flagged))
        {
            throw new FuzzFinding("cleanup: a second cleanup changed the text");
        }
    }
}

internal sealed record Target(string[] Extensions, Action<byte[]> Run);

/// <summary>A broken promise found by a target (as opposed to an exception from the code under test).</summary>
internal sealed class FuzzFinding(string message) : Exception(message);
