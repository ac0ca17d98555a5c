using TextPipe.Documents;
using TextPipe.Readers.Pdf;

namespace TextPipe.Tests.Readers.Pdf;

public sealed class OcrBlocksTests
{
    [Fact]
    public void Blank_lines_part_paragraphs_and_spaces_between_cjk_go()
    {
        var blocks = OcrBlocks.FromText("乡 村 振 兴 , 科 技\r\n\r\nPage two, 第 2 段\n\n   \n", 4).ToList();
        // A digit between CJK keeps its spaces: only CJK-to-CJK spaces are Tesseract's.
        Assert.Equal(["乡村振兴 , 科技", "Page two, 第 2 段"], blocks.Select(b => b.Text));
        Assert.All(blocks, b => Assert.Equal((BlockKind.Paragraph, 4), (b.Kind, b.Page ?? 0)));
    }
}
