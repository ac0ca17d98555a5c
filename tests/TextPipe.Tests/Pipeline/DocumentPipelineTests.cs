using TextPipe.Documents;
using TextPipe.Pipeline;

namespace TextPipe.Tests.Pipeline;

/// <summary>Running the stages in place: the caller's variable ends up holding the last stage's result, each stage having seen the one before.</summary>
public class DocumentPipelineTests
{
    [Fact]
    public void Running_in_place_leaves_the_last_result_in_the_callers_variable()
    {
        var read = new Document(new DocumentMetadata { Source = "t", Format = "text" }, [new Block(BlockKind.Paragraph, "été"), new Block(BlockKind.Paragraph, "夏天")]) { Id = "t" };
        var seen = new List<string>();
        var pipeline = new DocumentPipelineBuilder().Add(new AppendStage("1", seen)).Add(new AppendStage("2", seen)).Build();

        var document = read;
        pipeline.RunInPlace(ref document, CancellationToken.None);

        Assert.Equal(["été\n\n夏天", "été1\n\n夏天1"], seen);
        Assert.Equal("été12\n\n夏天12", document.Text);
        Assert.Equal(pipeline.Run(read).Text, document.Text);
    }

    [Fact]
    public void A_cancelled_run_stops_before_the_first_stage()
    {
        var read = new Document(new DocumentMetadata { Source = "t", Format = "text" }, [new Block(BlockKind.Paragraph, "text")]) { Id = "t" };
        var seen = new List<string>();
        var pipeline = new DocumentPipelineBuilder().Add(new AppendStage("1", seen)).Build();
        var document = read;

        Assert.Throws<OperationCanceledException>(() => pipeline.RunInPlace(ref document, new CancellationToken(canceled: true)));
        Assert.Empty(seen);
        Assert.Same(read, document);
    }

    private sealed class AppendStage(string suffix, List<string> seen) : IDocumentStage
    {
        public string Name => "append";

        public Document Process(Document document)
        {
            seen.Add(document.Text);
            return document with { Blocks = [.. document.Blocks.Select(b => b with { Text = b.Text + suffix })] };
        }
    }
}
