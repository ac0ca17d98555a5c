using TextPipe.Documents;
using TextPipe.Segmentation;
using TextPipe.Segmentation.Chinese;

namespace TextPipe.Tests.Segmentation;

public class TokenStageTests
{
    [Fact]
    public void Content_blocks_get_tokens_that_point_into_their_text_and_furniture_gets_none()
    {
        var doc = new Document(new DocumentMetadata { Source = "t", Format = "text" },
        [
            new Block(BlockKind.Paragraph, "我们在北京参加人工智能大会。") { Lang = "zh-Hans" },
            new Block(BlockKind.PageFurniture, "Page 2"),
            new Block(BlockKind.Paragraph, "L’État investit 3,5 milliards.") { Lang = "fr" },
        ]) { Id = "x" };

        var result = new TokenStage(new WordTokenizer(ChineseSegmenter.Default)).Process(doc);

        var zh = result.Blocks[0].Tokens;
        Assert.Contains(zh, t => t.Text == "北京");
        Assert.Contains(zh, t => t.Text == "人工智能" || t.Text == "人工");
        Assert.All(zh, t => Assert.Equal(t.Text, doc.Blocks[0].Text.Substring(t.Offset, t.Text.Length)));
        Assert.Empty(result.Blocks[1].Tokens);
        Assert.Contains(result.Blocks[2].Tokens, t => t.Text == "État");
    }
}
