using System.Collections.Immutable;
using TextPipe.Documents;

namespace TextPipe.Tests.Documents;

public class DocumentTests
{
    private static Document Make(params Block[] blocks) =>
        new(new DocumentMetadata { Source = "x.txt", Format = "text" }, [.. blocks]) { Id = "id", CharsIn = 10 };

    [Fact]
    public void Text_joins_content_blocks_and_leaves_out_page_furniture()
    {
        var doc = Make(
            new Block(BlockKind.Heading, "Title") { Level = 1 },
            new Block(BlockKind.PageFurniture, "Page 3"),
            new Block(BlockKind.Paragraph, "Body."));

        Assert.Equal("Title\n\nBody.", doc.Text);
        Assert.Equal(2, doc.ContentBlocks.Count());
    }

    [Theory]
    [InlineData("|b")]
    [InlineData("a|||d")]
    [InlineData("第一段𠀀。|Second paragraph.|troisième")]
    [InlineData("")]
    public void Text_and_its_character_count_equal_a_plain_join(string joinedByBars)
    {
        string[] texts = joinedByBars.Split('|');
        var blocks = texts.SelectMany((t, i) => new[] { new Block(BlockKind.PageFurniture, "p" + i), new Block(BlockKind.Paragraph, t) }).ToArray();
        var doc = Make(blocks);

        string expected = string.Join("\n\n", texts);
        Assert.Equal(expected, doc.Text);
        Assert.Equal(TextMeasure.CountChars(expected), doc.Stats.CharsOut);
    }

    [Fact]
    public void A_document_of_furniture_only_has_no_text()
    {
        var doc = Make(new Block(BlockKind.PageFurniture, "Page 3"));

        Assert.Equal("", doc.Text);
        Assert.Equal(0, doc.Stats.CharsOut);
    }

    [Fact]
    public void Stats_count_removed_characters_per_rule_and_ignore_flags()
    {
        var doc = Make(new Block(BlockKind.Paragraph, "ab")) with
        {
            Edits =
            [
                new Edit("image-links", EditAction.Removed, "![x](y.png)", "", 0, 0),
                new Edit("image-links", EditAction.Removed, "![z](w.png)", "", 0, 2),
                new Edit("unicode", EditAction.Replaced, "ＡＢ", "AB", 0, 0),
                new Edit("holes", EditAction.Flagged, "le ,", "le ,", 0, 0),
            ],
        };

        var stats = doc.Stats;
        Assert.Equal(22, stats.RemovedByRule["image-links"]);
        Assert.Equal(0, stats.RemovedByRule["unicode"]);
        Assert.False(stats.RemovedByRule.ContainsKey("holes"));
        Assert.Equal(10, stats.CharsIn);
        Assert.Equal(2, stats.CharsOut);
    }

    [Fact]
    public void CountChars_counts_a_supplementary_character_once()
    {
        Assert.Equal(3, TextMeasure.CountChars("a𠀀b"));
        Assert.Equal(0, TextMeasure.CountChars(""));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(7, 3)]
    [InlineData(3, 40_000)]
    public void Counting_and_hashing_parts_equal_counting_and_hashing_them_joined(int count, int chars)
    {
        // Pairs outside the BMP, lone surrogates at part ends and pairs across the 16K-character pieces of a long part.
        string[] pieces = ["word ", "段落", "😀", "\uD800", "\uDC00", "𠀀", "é", "\n"];
        var random = new Random(count * 31 + chars);
        var parts = Enumerable.Range(0, count).Select(_ =>
        {
            var text = new System.Text.StringBuilder();
            while (text.Length < chars)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }
            return text.ToString();
        }).ToList();
        string joined = string.Join("\n\n", parts);

        Assert.Equal(TextMeasure.CountChars(joined), TextMeasure.CountChars(parts, "\n\n"));
        Assert.Equal(TextMeasure.ContentId(joined), TextMeasure.ContentId(parts, "\n\n"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(joined))[..8]), TextMeasure.ContentId(joined));
    }

    [Fact]
    public void ContentId_is_stable_and_depends_on_the_text()
    {
        Assert.Equal(TextMeasure.ContentId("你好"), TextMeasure.ContentId("你好"));
        Assert.NotEqual(TextMeasure.ContentId("你好"), TextMeasure.ContentId("你们好"));
        Assert.Matches("^[0-9a-f]{16}$", TextMeasure.ContentId("x"));
    }

    [Fact]
    public void Blocks_are_immutable_values()
    {
        var a = new Block(BlockKind.Paragraph, "x");
        var b = a with { Lang = "en" };
        Assert.Null(a.Lang);
        Assert.Equal("en", b.Lang);
        Assert.True(ImmutableArray<Sentence>.Empty.SequenceEqual(b.Sentences));
    }
}
