using System.Text;

namespace TextPipe.Bench.Corpus;

/// <summary>
/// The paragraphs the generated corpus is built from: the repository's own seeds and sample texts, decoded
/// with their known encodings and sorted into zh, en and fr pools, so the corpus needs no download.
/// </summary>
internal sealed class CorpusSources
{
    /// <summary>Source files relative to the repository root, with the encoding each is stored in.</summary>
    private static readonly (string Path, string Encoding)[] Files =
    [
        ("seeds/000_8197f54ffa03faaf.txt", "utf-8"),
        ("seeds/001_abd10a6a2400e0cc.txt", "utf-8"),
        ("seeds/002_dc1707ab943e2af7.txt", "utf-8"),
        ("seeds/003_d47a1d6de5f46a89.txt", "utf-8"),
        ("seeds/004_42a46058bb990097.txt", "utf-8"),
        ("samples/note-en.txt", "utf-8"),
        ("samples/meeting.md", "utf-8"),
        ("samples/article-fr.utf16le.txt", "utf-16"),
        ("samples/news-zh.gbk.txt", "gbk"),
        ("samples/real/t-en-upgrading-checklist.txt", "utf-8"),
        ("samples/real/t-fr-frabbrev.latin1.txt", "iso-8859-1"),
        ("samples/real/t-zh-song100.txt", "utf-8"),
        ("samples/real/t-zh-tang300.txt", "utf-8"),
    ];

    private CorpusSources(IReadOnlyDictionary<string, IReadOnlyList<string>> pools) => Pools = pools;

    /// <summary>Paragraphs by language (zh, en, fr), in file order so a fixed seed gives a fixed corpus.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Pools { get; }

    public static CorpusSources Load(string root)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var pools = new Dictionary<string, List<string>> { ["zh"] = [], ["en"] = [], ["fr"] = [] };
        foreach (var (path, encoding) in Files)
        {
            string text = File.ReadAllText(Path.Combine(root, path), Encoding.GetEncoding(encoding));
            foreach (string paragraph in Paragraphs(text))
            {
                pools[LanguageOf(paragraph)].Add(paragraph);
            }
        }
        foreach (var (language, pool) in pools)
        {
            if (pool.Count == 0)
            {
                throw new InvalidOperationException($"no {language} paragraph found under {root}");
            }
        }
        return new CorpusSources(pools.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value));
    }

    private static IEnumerable<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split("\n\n")
            .SelectMany(Shorter)
            .Select(p => p.Trim('\n', ' ', '\uFEFF'))
            .Where(p => p.Length >= 20);

    /// <summary>
    /// A file with no blank lines (a poem collection) would be one huge paragraph and dominate its pool; it is
    /// cut into groups of eight lines.
    /// </summary>
    private static IEnumerable<string> Shorter(string paragraph) =>
        paragraph.Length <= MaxParagraphChars ? [paragraph]
            : paragraph.Split('\n').Chunk(8).Select(lines => string.Join('\n', lines));

    private const int MaxParagraphChars = 2000;

    /// <summary>A rough sort, good enough for a mix: mostly Han is zh; French accents or words make fr.</summary>
    private static string LanguageOf(string paragraph)
    {
        int han = paragraph.Count(c => c is >= '\u4E00' and <= '\u9FFF');
        if (han * 3 > paragraph.Length)
        {
            return "zh";
        }
        int accents = paragraph.Count(c => "éèêàçùâîôœ".Contains(char.ToLowerInvariant(c)));
        return accents * 60 > paragraph.Length || paragraph.Contains(" les ", StringComparison.Ordinal) ? "fr" : "en";
    }
}
