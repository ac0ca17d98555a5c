using System.Collections.Immutable;
using TextPipe.Documents;
using TextPipe.Pipeline;

namespace TextPipe.Tests.Pipeline;

/// <summary>Only documents of very many blocks or characters pay for a full collection between stages.</summary>
public class StageGarbageTests
{
    private static Document Of(int blocks, int charsIn = 0) =>
        new(new DocumentMetadata { Source = "t", Format = "text" }, [.. Enumerable.Range(0, blocks).Select(i => new Block(BlockKind.Paragraph, "ab"[i % 2].ToString()))])
        {
            Id = "t",
            CharsIn = charsIn,
        };

    [Fact]
    public void An_ordinary_document_is_not_worth_a_collection()
    {
        Assert.False(StageGarbage.Worth(Of(1, 100)));
        Assert.False(StageGarbage.Worth(Of(StageGarbage.ManyBlocks - 1, StageGarbage.ManyChars - 1)));
    }

    [Fact]
    public void Very_many_blocks_or_characters_are()
    {
        Assert.True(StageGarbage.Worth(Of(StageGarbage.ManyBlocks)));
        Assert.True(StageGarbage.Worth(Of(3, StageGarbage.ManyChars)));
    }

    [Fact]
    public void A_pipeline_over_a_document_of_many_blocks_gives_what_its_stages_give_one_by_one()
    {
        var document = Of(StageGarbage.ManyBlocks + 10, StageGarbage.ManyBlocks * 2);
        var upper = new UpperStage();
        var pipeline = new DocumentPipelineBuilder().Add(upper).Add(upper).Build();
        var piped = pipeline.Run(document);
        var direct = upper.Process(upper.Process(document));
        Assert.Equal(direct.Blocks.Select(b => b.Text), piped.Blocks.Select(b => b.Text));
        Assert.Equal("A", piped.Blocks[0].Text);
    }

    private sealed class UpperStage : IDocumentStage
    {
        public string Name => "upper";

        public Document Process(Document document) =>
            document with { Blocks = [.. document.Blocks.Select(b => b with { Text = b.Text.ToUpperInvariant() })] };
    }
}
