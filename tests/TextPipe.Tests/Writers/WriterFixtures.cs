using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Writers;

namespace TextPipe.Tests.Writers;

/// <summary>Documents built in code for the writer tests: a Chinese PDF, a French Markdown page, a raw English text.</summary>
internal static class WriterFixtures
{
    /// <summary>Texts of page-furniture blocks: none of them may appear in any output.</summary>
    public static readonly string[] FurnitureTexts = ["第 3 页 · 内部资料", "机密文件", "Page 1/3 — Le Journal"];

    public const string ChineseBody =
        "北京地铁每天运送约一千万人次。\u3000高峰时段，部分线路满载率超过 120%。";

    public const string ChineseMixed = "报告引用了 OECD 的数据：“Public transport is the backbone.”";

    /// <summary>Has a CJK Extension B character (outside the BMP).</summary>
    public const string ChineseCaption = "图 1：𠀀 线路示意图";

    /// <summary>Multi-line, with a comma, double quotes, NBSP before the semicolon and inside guillemets.</summary>
    public const string FrenchBody =
        "L'été dernier, la baguette coûtait 1,10\u00A0€\u00A0;\nles boulangers ont dit \"non\", puis : «\u00A0c'est trop peu\u00A0».";

    public const string FrenchCode = "prix = 1.10\nprint(prix)";

    /// <summary>Starts with a space: CSV must keep it.</summary>
    public const string FrenchCell = " 1,10 € ";

    public static Document Chinese()
    {
        var blocks = ImmutableArray.Create(
            new Block(BlockKind.Heading, "城市交通报告")
            {
                Level = 1,
                Page = 1,
                Lang = "zh",
                Sentences = [new Sentence("城市交通报告", 0) { Lang = "zh" }],
                Tokens = [new Token("城市", 0), new Token("交通", 2), new Token("报告", 4)],
            },
            new Block(BlockKind.PageFurniture, FurnitureTexts[0]) { Page = 1 },
            new Block(BlockKind.Paragraph, ChineseBody)
            {
                Page = 1,
                Lang = "zh",
                Sentences =
                [
                    new Sentence("北京地铁每天运送约一千万人次。", 0) { Lang = "zh" },
                    new Sentence("高峰时段，部分线路满载率超过 120%。", 16) { Lang = "zh" },
                ],
                Tokens = [new Token("北京", 0), new Token("地铁", 2), new Token("每天", 4), new Token("运送", 6)],
            },
            new Block(BlockKind.Paragraph, ChineseMixed)
            {
                Page = 2,
                Lang = "zh",
                Sentences =
                [
                    new Sentence("报告引用了 OECD 的数据：", 0) { Lang = "zh" },
                    new Sentence("“Public transport is the backbone.”", 15) { Lang = "en" },
                ],
                Tokens = [new Token("报告", 0), new Token("OECD", 6), new Token("Public", 16)],
            },
            new Block(BlockKind.Caption, ChineseCaption)
            {
                Page = 2,
                Lang = "zh",
                Sentences = [new Sentence(ChineseCaption, 0) { Lang = "zh" }],
                Tokens = [new Token("图", 0), new Token("𠀀", 4), new Token("线路", 7)],
            },
            new Block(BlockKind.PageFurniture, FurnitureTexts[1]) { Page = 2 });

        var metadata = new DocumentMetadata
        {
            Source = "报告/交通.pdf",
            Format = "pdf",
            Encoding = null,
            Title = "城市交通报告",
            Author = "李华",
            Captions = [ChineseCaption],
            PageCount = 2,
            ByteCount = 48_213,
        };

        return new Document(metadata, blocks)
        {
            Id = TextMeasure.ContentId("chinese fixture"),
            CharsIn = 140,
            Lang = "zh",
            LangConfidence = 0.97,
            Langs = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [new KeyValuePair<string, double>("zh", 0.85), new KeyValuePair<string, double>("en", 0.15)]),
            Edits =
            [
                new Edit("image-links", EditAction.Removed, "![线路图](map.png)", "", 4, 5) { Note = "image link" },
                new Edit("unicode-width", EditAction.Replaced, "１２０％", "120%", 2, 29),
                new Edit("garbled-numbers", EditAction.Flagged, "120%", "120%", 2, 29) { Note = "load factor over 100%" },
            ],
            Flags =
            [
                new Flag("suspicious-number", "满载率超过 100%") { Block = 2, Offset = 29 },
                new Flag("mixed-script", "document mixes Han and Latin script"),
            ],
        };
    }

    public static Document French()
    {
        var blocks = ImmutableArray.Create(
            new Block(BlockKind.Heading, "Le «\u00A0vrai\u00A0» prix du pain")
            {
                Level = 2,
                Lang = "fr",
                Sentences = [new Sentence("Le «\u00A0vrai\u00A0» prix du pain", 0) { Lang = "fr" }],
            },
            new Block(BlockKind.Paragraph, FrenchBody)
            {
                Lang = "fr",
                Sentences =
                [
                    new Sentence("L'été dernier, la baguette coûtait 1,10\u00A0€\u00A0;\nles boulangers ont dit \"non\", puis : «\u00A0c'est trop peu\u00A0».", 0) { Lang = "fr" },
                ],
            },
            new Block(BlockKind.PageFurniture, FurnitureTexts[2]),
            new Block(BlockKind.ListItem, "Farine\u00A0: +12\u202F%") { Lang = "fr", Sentences = [new Sentence("Farine\u00A0: +12\u202F%", 0) { Lang = "fr" }] },
            new Block(BlockKind.Quote, "« Le pain, c'est la vie. » Et le reste ?")
            {
                Lang = "fr",
                Sentences = [new Sentence("« Le pain, c'est la vie. »", 0) { Lang = "fr" }, new Sentence("Et le reste ?", 27) { Lang = "fr" }],
            },
            // No sentences: code is not segmented, so the sentence unit falls back to the whole block.
            new Block(BlockKind.Code, FrenchCode) { Lang = "fr" },
            new Block(BlockKind.TableCell, FrenchCell) { Lang = "fr", Sentences = [new Sentence(FrenchCell, 0) { Lang = "fr" }] });

        var metadata = new DocumentMetadata
        {
            Source = "pages/pain.md",
            Format = "markdown",
            Encoding = "utf-8",
            Title = "Le «\u00A0vrai\u00A0» prix du pain",
            Byline = "Par Jeanne Dupont",
            ByteCount = 412,
        };

        return new Document(metadata, blocks)
        {
            Id = TextMeasure.ContentId("french fixture"),
            CharsIn = 230,
            Lang = "fr",
            LangConfidence = 0.99,
            Langs = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, double>("fr", 1.0)]),
            Edits = [new Edit("line-wrap", EditAction.Replaced, "bou-\nlangers", "boulangers", 1, 48) { Note = "joined a hyphenated line break" }],
        };
    }

    /// <summary>As a reader leaves it: no language, no sentences, no tokens, no cleanup; one empty and one blank block.</summary>
    public static Document RawEnglish()
    {
        var blocks = ImmutableArray.Create(
            new Block(BlockKind.Paragraph, "Plain text, no stages run.\nA second line."),
            new Block(BlockKind.Paragraph, ""),
            new Block(BlockKind.Paragraph, "   "),
            new Block(BlockKind.Paragraph, "Last paragraph."));

        return new Document(new DocumentMetadata { Source = "-", Format = "text", Encoding = "utf-8", ByteCount = 64 }, blocks)
        {
            Id = TextMeasure.ContentId("english fixture"),
            CharsIn = 60,
        };
    }

    public static Document[] All() => [Chinese(), French(), RawEnglish()];

    /// <summary>Every format and unit, for tests that hold for all writers.</summary>
    public static TheoryData<OutputFormat, RecordUnit> EveryFormatAndUnit() => FormatsAndUnits(Enum.GetValues<OutputFormat>());

    /// <summary>The text formats (all but Parquet, a binary file read back in its own tests) with every unit.</summary>
    public static TheoryData<OutputFormat, RecordUnit> EveryTextFormatAndUnit() =>
        FormatsAndUnits(Enum.GetValues<OutputFormat>().Where(f => f != OutputFormat.Parquet));

    private static TheoryData<OutputFormat, RecordUnit> FormatsAndUnits(IEnumerable<OutputFormat> formats)
    {
        var data = new TheoryData<OutputFormat, RecordUnit>();
        foreach (var format in formats)
        {
            foreach (var unit in Enum.GetValues<RecordUnit>())
            {
                data.Add(format, unit);
            }
        }
        return data;
    }
}
