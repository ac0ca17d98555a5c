using System.IO.Compression;
using TextPipe.Readers;
using TextPipe.Readers.Compression;

namespace TextPipe.Tests.Readers.Hostile;

/// <summary>Reading an input of unknown length into memory: every byte kept in order, the limit enforced. Inputs generated here.</summary>
public class InputBufferTests
{
    /// <summary>A stream that cannot seek (a pipe): its length is unknown until its end.</summary>
    private sealed class PipeStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }

    private static byte[] Pattern(int length) => [.. Enumerable.Range(0, length).Select(i => (byte)(i * 7 + (i >> 11)))];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(64 * 1024)]
    [InlineData((64 * 1024) + 1)]
    [InlineData(9 * 1024 * 1024 + 12_345)] // past the largest chunk, several times
    public void A_pipe_of_any_length_is_read_whole_and_in_order(int length)
    {
        byte[] bytes = Pattern(length);

        var read = DocumentLoader.ReadAllBytes(new PipeStream(bytes), maxBytes: 64L << 20);

        Assert.Equal(bytes, read.ToArray());
    }

    [Fact]
    public void A_pipe_over_the_limit_is_refused_naming_the_option()
    {
        var error = Assert.Throws<InputException>(() => DocumentLoader.ReadAllBytes(new PipeStream(Pattern(3_000_001)), maxBytes: 3_000_000));

        Assert.Contains("--max-input-bytes", error.Message, StringComparison.Ordinal);
        Assert.Equal(Pattern(3_000_000), DocumentLoader.ReadAllBytes(new PipeStream(Pattern(3_000_000)), maxBytes: 3_000_000).ToArray());
    }

    [Fact]
    public void A_gzip_whose_trailer_understates_its_size_is_still_read_whole()
    {
        // Two gzip members: the last trailer gives the second member's size only, so the size hint is too small.
        var random = new Random(5);
        byte[] first = new byte[300_000];
        byte[] second = new byte[1_000];
        random.NextBytes(first);
        random.NextBytes(second);
        using var file = new MemoryStream();
        foreach (var part in new[] { first, second })
        {
            using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(part);
        }

        var read = CompressedInput.Decompress(file.ToArray(), CompressionKind.Gzip, DecompressionLimit.From(ReaderOptions.Default));

        Assert.Equal([.. first, .. second], read.ToArray());
    }
}
