using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Segmentation;

namespace TextPipe.Tests.Segmentation;

public sealed class SentenceStageTests
{
    private static Document DocumentOf(params Block[] blocks) =>
        new(new DocumentMetadata { Source = "test.txt", Format = "text" }, [.. blocks]) { Id = "0000000000000000" };

    [Fact]
    public void Fills_sentences_with_the_block_language()
    {
        var document = DocumentOf(new Block(BlockKind.Paragraph, "M. Dupont arrive. Il pleut.") { Lang = "fr" });

        var result = new SentenceStage().Process(document);

        var sentences = result.Blocks[0].Sentences;
        Assert.Equal(["M. Dupont arrive.", "Il pleut."], sentences.Select(s => s.Text));
        Assert.All(sentences, s => Assert.Equal("fr", s.Lang));
        Assert.Equal(18, sentences[1].Offset);
    }

    [Fact]
    public void Leaves_code_and_page_furniture_alone_and_lang_null_when_undetected()
    {
        var document = DocumentOf(
            new Block(BlockKind.Code, "x = 1. y = 2."),
            new Block(BlockKind.PageFurniture, "Page 3. Draft."),
            new Block(BlockKind.Paragraph, "你好。再见。"));

        var result = new SentenceStage().Process(document);

        Assert.Empty(result.Blocks[0].Sentences);
        Assert.Empty(result.Blocks[1].Sentences);
        Assert.Equal(["你好。", "再见。"], result.Blocks[2].Sentences.Select(s => s.Text));
        Assert.All(result.Blocks[2].Sentences, s => Assert.Null(s.Lang));
        Assert.Equal("sentences", new SentenceStage().Name);
    }
}
