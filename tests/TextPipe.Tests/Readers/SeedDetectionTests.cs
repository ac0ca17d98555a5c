using TextPipe.Documents;
using TextPipe.Readers;

namespace TextPipe.Tests.Readers;

/// <summary>Smoke test on the real seed documents: general rules, checked against real inputs.</summary>
public class SeedDetectionTests
{
    [Theory]
    [InlineData("000_8197f54ffa03faaf.txt", "text")]
    [InlineData("001_abd10a6a2400e0cc.txt", "text")]
    [InlineData("002_dc1707ab943e2af7.txt", "markdown")]
    [InlineData("003_d47a1d6de5f46a89.txt", "text")]
    [InlineData("004_42a46058bb990097.txt", "markdown")]
    public void Seeds_are_detected_as_expected(string file, string format)
    {
        string path = Path.Combine(ReaderTestKit.RepoRoot(), "seeds", file);
        var doc = new DocumentLoader(ReaderOptions.Default).Load(File.ReadAllBytes(path), SourceInfo.FromPath(path));

        Assert.Equal(format, doc.Metadata.Format);
        Assert.NotEmpty(doc.Blocks);
    }

    [Fact]
    public void Transcript_seed_keeps_its_images_as_located_paragraphs()
    {
        string path = Path.Combine(ReaderTestKit.RepoRoot(), "seeds", "004_42a46058bb990097.txt");
        var doc = new DocumentLoader(ReaderOptions.Default).Load(File.ReadAllBytes(path), SourceInfo.FromPath(path));

        Assert.Equal(BlockKind.Heading, doc.Blocks[0].Kind);
        Assert.Equal(doc.Blocks[0].Text, doc.Metadata.Title);
        var images = doc.Blocks.SelectMany(b => b.Inlines.Select(e => (b, e))).Where(x => x.e.Kind == InlineKind.Image).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, x => Assert.Equal(x.b.Text.Substring(x.e.Start, x.e.Length), $"![{x.e.Label}]({x.e.Target})"));
    }
}
