using System.Collections.Immutable;
using System.Text;
using TextPipe.Cleanup;
using TextPipe.Cli.Commands;
using TextPipe.Conversion;
using TextPipe.Documents;
using TextPipe.Inputs;
using TextPipe.Readers;
using TextPipe.Validation;

namespace TextPipe.Tests.Validation;

/// <summary>Documents made the way <c>textpipe check</c> makes them (reader, then the conversion's stages), and one rule run on them.</summary>
internal static class CheckHarness
{
    public static Document Convert(byte[] bytes, string name = "doc.txt", string profile = "minimal")
    {
        var catalog = DefaultRules.CreateCatalog();
        var pipeline = PipelineFactory.Create(catalog, catalog.Resolve(profile, null));
        var document = new DocumentLoader(ReaderOptions.Default).Load(bytes, SourceInfo.FromPath(name));
        return pipeline.Run(document);
    }

    public static Document Convert(string text, string name = "doc.txt", string profile = "minimal") =>
        Convert(Encoding.UTF8.GetBytes(text), name, profile);

    /// <summary>A dataset row as the JSONL reader would give it: text, other fields, line.</summary>
    public static Document Row(string text, long line, params (string Name, string Json)[] fields) =>
        new(new DocumentMetadata
        {
            Source = "data.jsonl",
            Format = "jsonl",
            Encoding = "utf-8",
            Line = line,
            Fields = [.. fields.Select(f => new SourceField(f.Name, f.Json))],
        }, [new Block(BlockKind.Paragraph, text)])
        { Id = TextMeasure.ContentId(text + line), CharsIn = text.Length };

    /// <summary>The findings of rule <paramref name="ruleId"/> on <paramref name="document"/>, configured by a rules file.</summary>
    public static List<Finding> Findings(string ruleId, Document document, string rulesYaml = "")
    {
        var config = CheckRulesFile.Parse(rulesYaml, ".");
        var settings = config.For(document.Metadata.Source).Single(s => s.Rule.Id == ruleId);
        var rule = config.Catalog.DocumentRules.Single(r => r.Descriptor.Id == ruleId);
        var findings = new List<Finding>();
        rule.Check(new CheckedDocument(document), settings, findings);
        return findings;
    }

    /// <summary>Every outcome of a whole check over documents named <c>doc0.txt</c>, <c>doc1.txt</c>... in order.</summary>
    public static List<DocumentOutcome> CheckSet(IEnumerable<Document> documents, string rulesYaml = "", int jobs = 1)
    {
        var config = CheckRulesFile.Parse(rulesYaml, ".");
        var results = documents.Select((d, i) => ConversionResult.Success(new FileInput(d.Metadata.Source, d.Metadata.Source, d.Metadata.Source), d));
        return [.. new CorpusChecker(config, jobs).Check(results)];
    }

    public static Document Named(Document document, string source) =>
        document with { Metadata = document.Metadata with { Source = source } };

    /// <summary>Prose made of words drawn from <paramref name="vocabulary"/> by a seeded generator: varied, never seen by the rules before.</summary>
    public static string Prose(string[] vocabulary, int words, int seed, string separator = " ", string stop = ".")
    {
        var random = new Random(seed);
        var builder = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            if (i > 0)
            {
                builder.Append(i % 12 == 0 ? stop + separator : separator);
            }
            builder.Append(vocabulary[random.Next(vocabulary.Length)]);
        }
        return builder.Append(stop).ToString();
    }

    public static readonly string[] English = ["river", "market", "winter", "garden", "teacher", "station", "letter", "morning", "village", "window", "harbour", "bridge", "yellow", "quiet", "carried", "opened", "walked", "under", "between", "before", "always", "people", "travel", "numbers", "simple", "forest", "mountain", "summer", "evening", "records"];

    public static readonly string[] French = ["rivière", "marché", "hiver", "jardin", "maître", "gare", "lettre", "matin", "village", "fenêtre", "port", "pont", "jaune", "calme", "porté", "ouvert", "marché", "sous", "entre", "avant", "toujours", "gens", "voyage", "nombres", "simple", "forêt", "montagne", "été", "soirée", "élève"];

    public static readonly string[] Chinese = ["我们", "今天", "城市", "河流", "学校", "老师", "火车", "早上", "村庄", "窗户", "港口", "桥梁", "黄色", "安静", "带着", "打开", "走过", "下面", "之间", "以前", "总是", "人们", "旅行", "数字", "简单", "森林", "山区", "夏天", "晚上", "记录"];

    public static ImmutableArray<string> Ids(IEnumerable<Finding> findings) => [.. findings.Select(f => f.RuleId)];
}
